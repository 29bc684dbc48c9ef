/**
 * Name and address material for generated patients, in the south-west Birmingham,
 * Redditch and Bromsgrove area the demo trust serves. Postcodes are shaped like real
 * ones but generated; phone numbers use Ofcom's drama ranges.
 */
export const FEMALE_NAMES = [
  "Olivia", "Emma", "Sarah", "Claire", "Rachel", "Laura", "Joanne", "Karen", "Susan", "Margaret",
  "Patricia", "Jean", "Pauline", "Amanda", "Nicola", "Gemma", "Charlotte", "Sophie", "Hannah", "Zara",
  "Aisha", "Fatima", "Sunita", "Amrit", "Harpreet", "Agnieszka", "Katarzyna", "Grace", "Chloe", "Jessica",
  "Lucy", "Megan", "Lauren", "Rebecca", "Janet", "Dorothy", "Irene", "Sandra", "Deborah", "Lisa",
  "Michelle", "Nasreen", "Shabana", "Yasmin", "Abimbola", "Chidinma", "Marcia", "Beverley", "Samina", "Kerry",
] as const;

export const MALE_NAMES = [
  "James", "John", "David", "Michael", "Paul", "Mark", "Andrew", "Richard", "Stephen", "Peter",
  "Robert", "Christopher", "Daniel", "Matthew", "Thomas", "Gary", "Kevin", "Ian", "Neil", "Simon",
  "Mohammed", "Imran", "Adeel", "Tariq", "Ravi", "Sanjay", "Gurpreet", "Jaswinder", "Tomasz", "Piotr",
  "Kwame", "Tunde", "Delroy", "Winston", "Brian", "Kenneth", "Alan", "Keith", "Graham", "Colin",
  "Ryan", "Liam", "Jack", "Ben", "Luke", "Adam", "Callum", "Connor", "Yusuf", "Ibrahim",
] as const;

export const CHILD_NAMES = [
  "Olivia", "Amelia", "Isla", "Ava", "Freya", "Lily", "Ivy", "Florence", "Willow", "Poppy",
  "Sophia", "Isabella", "Maryam", "Zainab", "Hafsa", "Evie", "Ella", "Mia", "Aria", "Hallie",
  "Muhammad", "Noah", "Oliver", "George", "Arthur", "Leo", "Harry", "Oscar", "Archie", "Henry",
  "Theo", "Freddie", "Alfie", "Charlie", "Yusuf", "Musa", "Zayn", "Jacob", "Ezra", "Reggie",
] as const;

export const FAMILY_NAMES = [
  "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
  "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
  "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill",
  "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen",
  "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths",
  "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy",
  "Khan", "Hussain", "Ahmed", "Ali", "Akhtar", "Begum", "Iqbal", "Sharma", "Singh", "Kaur",
  "Sandhu", "Gill", "Nowak", "Kowalczyk", "Wiśniewski", "Okafor", "Adeyemi", "Mensah", "Campbell", "Francis",
  "O'Brien", "O'Connor", "McDonald", "Fletcher", "Holloway", "Pritchard", "Yates", "Booth", "Nash", "Dunn",
] as const;

export const STREETS = [
  "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane", "The Crescent", "Oakfield Road",
  "Beech Grove", "Hawthorn Close", "Meadow Way", "Elm Drive", "Willow Close", "Chestnut Avenue", "School Lane",
  "Queens Road", "Kings Road", "Albert Road", "York Road", "Grange Road", "Manor Road", "Hollybush Lane",
  "Coppice Close", "Birch Road", "Cedar Close", "Cherry Tree Walk", "Lickey Road", "Bristol Road South",
  "Pershore Road", "Bell Lane", "Heath Road", "Vicarage Road", "Forest Road", "Woodland Road", "Green Lane",
  "Middleton Hall Road", "Hay Green Lane", "Frankley Beeches Road", "Tessall Lane", "Longbridge Lane",
  "Hawkesley Mill Lane", "Wychall Road", "Redhill Road", "Bunbury Road", "Allens Cross Road", "Egghill Lane",
  "Rednal Road", "New Road", "Birmingham Road", "Worcester Road", "Alcester Road", "Evesham Road",
  "Stourbridge Road", "Kidderminster Road", "Hewell Road", "Plymouth Road", "Mount Pleasant", "Orchard Way",
] as const;

/** A locality, the post town Royal Mail uses for it, and its postcode districts. */
export interface Locality {
  name: string;
  postTown: string;
  districts: readonly string[];
}

export const LOCALITIES: readonly Locality[] = [
  { name: "Northfield", postTown: "Birmingham", districts: ["B31"] },
  { name: "Longbridge", postTown: "Birmingham", districts: ["B31"] },
  { name: "West Heath", postTown: "Birmingham", districts: ["B31", "B38"] },
  { name: "Kings Norton", postTown: "Birmingham", districts: ["B30", "B38"] },
  { name: "Cotteridge", postTown: "Birmingham", districts: ["B30"] },
  { name: "Bournville", postTown: "Birmingham", districts: ["B30"] },
  { name: "Stirchley", postTown: "Birmingham", districts: ["B30"] },
  { name: "Selly Oak", postTown: "Birmingham", districts: ["B29"] },
  { name: "Weoley Castle", postTown: "Birmingham", districts: ["B29"] },
  { name: "Bartley Green", postTown: "Birmingham", districts: ["B32"] },
  { name: "Quinton", postTown: "Birmingham", districts: ["B32"] },
  { name: "Harborne", postTown: "Birmingham", districts: ["B17"] },
  { name: "Rubery", postTown: "Birmingham", districts: ["B45"] },
  { name: "Frankley", postTown: "Birmingham", districts: ["B45"] },
  { name: "Rednal", postTown: "Birmingham", districts: ["B45"] },
  { name: "Hollywood", postTown: "Birmingham", districts: ["B47"] },
  { name: "Alvechurch", postTown: "Birmingham", districts: ["B48"] },
  { name: "Headless Cross", postTown: "Redditch", districts: ["B97"] },
  { name: "Batchley", postTown: "Redditch", districts: ["B97"] },
  { name: "Matchborough", postTown: "Redditch", districts: ["B98"] },
  { name: "Redditch", postTown: "Redditch", districts: ["B97", "B98"] },
  { name: "Sidemoor", postTown: "Bromsgrove", districts: ["B61"] },
  { name: "Charford", postTown: "Bromsgrove", districts: ["B60"] },
  { name: "Bromsgrove", postTown: "Bromsgrove", districts: ["B60", "B61"] },
  { name: "Catshill", postTown: "Bromsgrove", districts: ["B61"] },
];

/** Letters Royal Mail uses in the inward code's unit (never C, I, K, M, O or V). */
export const POSTCODE_UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

export const INTERPRETER_LANGUAGES = [
  "Urdu", "Punjabi", "Polish", "Bengali", "Arabic", "Romanian", "Somali", "Pashto", "Kurdish (Sorani)",
  "Tigrinya", "Mandarin", "Portuguese", "Gujarati", "Farsi",
] as const;
