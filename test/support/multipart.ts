// multipart/form-data as a server reads it, for the loopback platform fakes: the fields as text and the
// files with their names and bytes, parsed by the platform's own Request (undici) rather than by hand.
export interface FormPart {
  field: string;
  name: string;
  type: string;
  bytes: Buffer;
}

export interface Form {
  fields: Record<string, string>;
  files: FormPart[];
}

export const isMultipart = (contentType: string | undefined): boolean =>
  contentType?.startsWith('multipart/form-data') === true;

export async function parseMultipart(body: Buffer, contentType: string): Promise<Form> {
  const request = new Request('http://fake.invalid/', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: new Uint8Array(body),
  });
  const form: Form = { fields: {}, files: [] };
  for (const [field, value] of await request.formData()) {
    if (typeof value === 'string') form.fields[field] = value;
    else
      form.files.push({
        field,
        name: value.name,
        type: value.type,
        bytes: Buffer.from(await value.arrayBuffer()),
      });
  }
  return form;
}
