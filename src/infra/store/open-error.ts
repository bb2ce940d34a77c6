// Why a store cannot open (a damaged file, a database that is not Sitrep's, a refused connection), in one
// line a person can act on: the app prints it alone, since no stack is worth showing.
export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
}
