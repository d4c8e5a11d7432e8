// Generated from schemas/vocabularies/ by `npm run build`. Do not edit by hand.

/** One word of a controlled vocabulary. */
export interface Term {
  readonly label: string;
  readonly definition?: string;
  /** Region words: the top-level regions a sub-region belongs to. */
  readonly parents?: readonly string[];
  /** Country words: the top-level regions the country belongs to. */
  readonly regions?: readonly string[];
  /** Relation words: the relation the other record must state. */
  readonly inverse?: string;
}

/** A controlled vocabulary with its words. */
export interface Vocabulary {
  readonly title: string;
  readonly description: string;
  readonly terms: Readonly<Record<string, Term>>;
}

/** Every controlled vocabulary, by name, with a label and definition for each word. */
export const vocabularies = {
  "access": {
    "title": "Access",
    "description": "How a request reaches the programme.",
    "terms": {
      "open-application": {
        "label": "Open application",
        "definition": "Anyone eligible can ask at any time."
      },
      "calls-for-applications": {
        "label": "Calls for applications",
        "definition": "Applications are taken only during calls, with deadlines."
      },
      "through-partners": {
        "label": "Through partners only",
        "definition": "Requests come only through member or partner organisations."
      },
      "invitation-only": {
        "label": "By invitation only",
        "definition": "The programme invites people; it cannot be applied for."
      }
    }
  },
  "applicant-type": {
    "title": "Applicant type",
    "description": "Who can receive the support: a person, a group or an organisation.",
    "terms": {
      "individual": {
        "label": "Individual",
        "definition": "A single person."
      },
      "group": {
        "label": "Group or collective",
        "definition": "An informal group, collective or movement, registered or not."
      },
      "organisation": {
        "label": "Organisation",
        "definition": "A formally constituted organisation."
      }
    }
  },
  "beneficiary": {
    "title": "Beneficiary group",
    "description": "A group of people an organisation or mechanism serves.",
    "terms": {
      "human-rights-defenders": {
        "label": "Human rights defenders",
        "definition": "Anyone who, alone or with others, peacefully acts to promote or protect human rights, as in the UN Declaration on Human Rights Defenders."
      },
      "women-human-rights-defenders": {
        "label": "Women human rights defenders",
        "definition": "Women defending any human rights, and people of any gender defending women's rights and gender equality."
      },
      "lgbtiq-defenders": {
        "label": "LGBTIQ defenders",
        "definition": "Lesbian, gay, bisexual, trans, intersex and queer defenders, and defenders of their rights."
      },
      "trans-non-binary-defenders": {
        "label": "Trans and non-binary defenders",
        "definition": "Trans and non-binary people defending human rights."
      },
      "young-activists": {
        "label": "Young activists",
        "definition": "Girls, young women and young people who lead groups or act for rights."
      },
      "journalists": {
        "label": "Journalists and media workers",
        "definition": "People who gather and publish news, employed or not."
      },
      "freelance-journalists": {
        "label": "Freelance journalists",
        "definition": "Journalists who work for several outlets without a staff contract."
      },
      "citizen-journalists": {
        "label": "Citizen journalists and bloggers",
        "definition": "People who publish news or commentary online as journalists do without working for a media outlet, including bloggers and online activists."
      },
      "media-outlets": {
        "label": "Independent media outlets",
        "definition": "Independent newsrooms and media organisations."
      },
      "writers": {
        "label": "Writers",
        "definition": "Writers, poets, translators, editors and publishers."
      },
      "artists": {
        "label": "Artists and cultural workers",
        "definition": "Artists, musicians, performers and other cultural workers."
      },
      "scholars": {
        "label": "Scholars",
        "definition": "Professors, researchers, doctoral students and others in higher education."
      },
      "lawyers": {
        "label": "Lawyers and justice operators",
        "definition": "Lawyers, judges, prosecutors and others working in the justice system."
      },
      "environmental-defenders": {
        "label": "Environmental and land defenders",
        "definition": "People defending land, territory, natural resources or the environment."
      },
      "trade-unionists": {
        "label": "Trade unionists",
        "definition": "Union members and organisers defending workers' rights."
      },
      "civil-society-organisations": {
        "label": "Civil society groups and organisations",
        "definition": "Groups, collectives, movements and organisations, registered or not."
      },
      "womens-groups": {
        "label": "Women-led groups",
        "definition": "Groups self-led by women, girls, trans or intersex people."
      },
      "families-of-defenders": {
        "label": "Families of defenders",
        "definition": "The relatives of a defender at risk."
      },
      "women-and-girls": {
        "label": "Women and girls",
        "definition": "Women and girls whose rights are violated or at risk, whether or not they are defenders."
      },
      "any-person": {
        "label": "Any person",
        "definition": "Anyone whose rights are violated or at risk, whether or not they are a defender."
      }
    }
  },
  "contact-kind": {
    "title": "Contact kind",
    "description": "The kind of a contact channel.",
    "terms": {
      "web-form": {
        "label": "Web form",
        "definition": "A form on a web page."
      },
      "email": {
        "label": "E-mail",
        "definition": "An e-mail address. Ordinary e-mail is not encrypted."
      },
      "phone": {
        "label": "Phone",
        "definition": "A telephone number answered at stated hours."
      },
      "hotline": {
        "label": "Emergency hotline",
        "definition": "A telephone line for emergencies, often open around the clock."
      },
      "messaging": {
        "label": "Messaging app",
        "definition": "A number or account on a messaging app such as Signal or WhatsApp."
      },
      "secure-channel": {
        "label": "Secure channel",
        "definition": "An encrypted way to make contact, or a process to set one up."
      },
      "pgp-key": {
        "label": "PGP key",
        "definition": "An OpenPGP key for encrypted e-mail, identified by its fingerprint."
      },
      "online-portal": {
        "label": "Online portal",
        "definition": "An online system where requests or complaints are filed."
      },
      "postal": {
        "label": "Postal address",
        "definition": "An address for letters."
      },
      "fax": {
        "label": "Fax",
        "definition": "A fax number."
      }
    }
  },
  "country": {
    "title": "Country",
    "description": "ISO 3166-1 alpha-2 country or territory code (upper case), with the English name and the directory regions it belongs to. XK (Kosovo) is a user-assigned code in common use.",
    "terms": {
      "AD": {
        "label": "Andorra",
        "regions": [
          "europe-central-asia"
        ]
      },
      "AE": {
        "label": "United Arab Emirates",
        "regions": [
          "middle-east-north-africa"
        ]
      },
      "AF": {
        "label": "Afghanistan",
        "regions": [
          "asia-pacific"
        ]
      },
      "AG": {
        "label": "Antigua & Barbuda",
        "regions": [
          "americas"
        ]
      },
      "AI": {
        "label": "Anguilla",
        "regions": [
          "americas"
        ]
      },
      "AL": {
        "label": "Albania",
        "regions": [
          "europe-central-asia"
        ]
      },
      "AM": {
        "label": "Armenia",
        "regions": [
          "europe-central-asia"
        ]
      },
      "AO": {
        "label": "Angola",
        "regions": [
          "africa"
        ]
      },
      "AQ": {
        "label": "Antarctica",
        "regions": []
      },
      "AR": {
        "label": "Argentina",
        "regions": [
          "americas"
        ]
      },
      "AS": {
        "label": "American Samoa",
        "regions": [
          "asia-pacific"
        ]
      },
      "AT": {
        "label": "Austria",
        "regions": [
          "europe-central-asia"
        ]
      },
      "AU": {
        "label": "Australia",
        "regions": [
          "asia-pacific"
        ]
      },
      "AW": {
        "label": "Aruba",
        "regions": [
          "americas"
        ]
      },
      "AX": {
        "label": "Åland Islands",
        "regions": [
          "europe-central-asia"
        ]
      },
      "AZ": {
        "label": "Azerbaijan",
        "regions": [
          "europe-central-asia"
        ]
      },
      "BA": {
        "label": "Bosnia & Herzegovina",
        "regions": [
          "europe-central-asia"
        ]
      },
      "BB": {
        "label": "Barbados",
        "regions": [
          "americas"
        ]
      },
      "BD": {
        "label": "Bangladesh",
        "regions": [
          "asia-pacific"
        ]
      },
      "BE": {
        "label": "Belgium",
        "regions": [
          "europe-central-asia"
        ]
      },
      "BF": {
        "label": "Burkina Faso",
        "regions": [
          "africa"
        ]
      },
      "BG": {
        "label": "Bulgaria",
        "regions": [
          "europe-central-asia"
        ]
      },
      "BH": {
        "label": "Bahrain",
        "regions": [
          "middle-east-north-africa"
        ]
      },
      "BI": {
        "label": "Burundi",
        "regions": [
          "africa"
        ]
      },
      "BJ": {
        "label": "Benin",
        "regions": [
          "africa"
        ]
      },
      "BL": {
        "label": "St. Barthélemy",
        "regions": [
          "americas"
        ]
      },
      "BM": {
        "label": "Bermuda",
        "regions": [
          "americas"
        ]
      },
      "BN": {
        "label": "Brunei",
        "regions": [
          "asia-pacific"
        ]
      },
      "BO": {
        "label": "Bolivia",
        "regions": [
          "americas"
        ]
      },
      "BQ": {
        "label": "Caribbean Netherlands",
        "regions": [
          "americas"
        ]
      },
      "BR": {
        "label": "Brazil",
        "regions": [
          "americas"
        ]
      },
      "BS": {
        "label": "Bahamas",
        "regions": [
          "americas"
        ]
      },
      "BT": {
        "label": "Bhutan",
        "regions": [
          "asia-pacific"
        ]
      },
      "BV": {
        "label": "Bouvet Island",
        "regions": []
      },
      "BW": {
        "label": "Botswana",
        "regions": [
          "africa"
        ]
      },
      "BY": {
        "label": "Belarus",
        "regions": [
          "europe-central-asia"
        ]
      },
      "BZ": {
        "label": "Belize",
        "regions": [
          "americas"
        ]
      },
      "CA": {
        "label": "Canada",
        "regions": [
          "americas"
        ]
      },
      "CC": {
        "label": "Cocos (Keeling) Islands",
        "regions": [
          "asia-pacific"
        ]
      },
      "CD": {
        "label": "Congo - Kinshasa",
        "regions": [
          "africa"
        ]
      },
      "CF": {
        "label": "Central African Republic",
        "regions": [
          "africa"
        ]
      },
      "CG": {
        "label": "Congo - Brazzaville",
        "regions": [
          "africa"
        ]
      },
      "CH": {
        "label": "Switzerland",
        "regions": [
          "europe-central-asia"
        ]
      },
      "CI": {
        "label": "Côte d’Ivoire",
        "regions": [
          "africa"
        ]
      },
      "CK": {
        "label": "Cook Islands",
        "regions": [
          "asia-pacific"
        ]
      },
      "CL": {
        "label": "Chile",
        "regions": [
          "americas"
        ]
      },
      "CM": {
        "label": "Cameroon",
        "regions": [
          "africa"
        ]
      },
      "CN": {
        "label": "China",
        "regions": [
          "asia-pacific"
        ]
      },
      "CO": {
        "label": "Colombia",
        "regions": [
          "americas"
        ]
      },
      "CR": {
        "label": "Costa Rica",
        "regions": [
          "americas"
        ]
      },
      "CU": {
        "label": "Cuba",
        "regions": [
          "americas"
        ]
      },
      "CV": {
        "label": "Cape Verde",
        "regions": [
          "africa"
        ]
      },
      "CW": {
        "label": "Curaçao",
        "regions": [
          "americas"
        ]
      },
      "CX": {
        "label": "Christmas Island",
        "regions": [
          "asia-pacific"
        ]
      },
      "CY": {
        "label": "Cyprus",
        "regions": [
          "europe-central-asia"
        ]
      },
      "CZ": {
        "label": "Czechia",
        "regions": [
          "europe-central-asia"
        ]
      },
      "DE": {
        "label": "Germany",
        "regions": [
          "europe-central-asia"
        ]
      },
      "DJ": {
        "label": "Djibouti",
        "regions": [
          "africa",
          "middle-east-north-africa"
        ]
      },
      "DK": {
        "label": "Denmark",
        "regions": [
          "europe-central-asia"
        ]
      },
      "DM": {
        "label": "Dominica",
        "regions": [
          "americas"
        ]
      },
      "DO": {
        "label": "Dominican Republic",
        "regions": [
          "americas"
        ]
      },
      "DZ": {
        "label": "Algeria",
        "regions": [
          "africa",
          "middle-east-north-africa"
        ]
      },
      "EC": {
        "label": "Ecuador",
        "regions": [
          "americas"
        ]
      },
      "EE": {
        "label": "Estonia",
        "regions": [
          "europe-central-asia"
        ]
      },
      "EG": {
        "label": "Egypt",
        "regions": [
          "africa",
          "middle-east-north-africa"
        ]
      },
      "EH": {
        "label": "Western Sahara",
        "regions": [
          "africa",
          "middle-east-north-africa"
        ]
      },
      "ER": {
        "label": "Eritrea",
        "regions": [
          "africa"
        ]
      },
      "ES": {
        "label": "Spain",
        "regions": [
          "europe-central-asia"
        ]
      },
      "ET": {
        "label": "Ethiopia",
        "regions": [
          "africa"
        ]
      },
      "FI": {
        "label": "Finland",
        "regions": [
          "europe-central-asia"
        ]
      },
      "FJ": {
        "label": "Fiji",
        "regions": [
          "asia-pacific"
        ]
      },
      "FK": {
        "label": "Falkland Islands",
        "regions": [
          "americas"
        ]
      },
      "FM": {
        "label": "Micronesia",
        "regions": [
          "asia-pacific"
        ]
      },
      "FO": {
        "label": "Faroe Islands",
        "regions": [
          "europe-central-asia"
        ]
      },
      "FR": {
        "label": "France",
        "regions": [
          "europe-central-asia"
        ]
      },
      "GA": {
        "label": "Gabon",
        "regions": [
          "africa"
        ]
      },
      "GB": {
        "label": "United Kingdom",
        "regions": [
          "europe-central-asia"
        ]
      },
      "GD": {
        "label": "Grenada",
        "regions": [
          "americas"
        ]
      },
      "GE": {
        "label": "Georgia",
        "regions": [
          "europe-central-asia"
        ]
      },
      "GF": {
        "label": "French Guiana",
        "regions": [
          "americas"
        ]
      },
      "GG": {
        "label": "Guernsey",
        "regions": [
          "europe-central-asia"
        ]
      },
      "GH": {
        "label": "Ghana",
        "regions": [
          "africa"
        ]
      },
      "GI": {
        "label": "Gibraltar",
        "regions": [
          "europe-central-asia"
        ]
      },
      "GL": {
        "label": "Greenland",
        "regions": [
          "americas"
        ]
      },
      "GM": {
        "label": "Gambia",
        "regions": [
          "africa"
        ]
      },
      "GN": {
        "label": "Guinea",
        "regions": [
          "africa"
        ]
      },
      "GP": {
        "label": "Guadeloupe",
        "regions": [
          "americas"
        ]
      },
      "GQ": {
        "label": "Equatorial Guinea",
        "regions": [
          "africa"
        ]
      },
      "GR": {
        "label": "Greece",
        "regions": [
          "europe-central-asia"
        ]
      },
      "GS": {
        "label": "South Georgia & South Sandwich Islands",
        "regions": []
      },
      "GT": {
        "label": "Guatemala",
        "regions": [
          "americas"
        ]
      },
      "GU": {
        "label": "Guam",
        "regions": [
          "asia-pacific"
        ]
      },
      "GW": {
        "label": "Guinea-Bissau",
        "regions": [
          "africa"
        ]
      },
      "GY": {
        "label": "Guyana",
        "regions": [
          "americas"
        ]
      },
      "HK": {
        "label": "Hong Kong SAR China",
        "regions": [
          "asia-pacific"
        ]
      },
      "HM": {
        "label": "Heard & McDonald Islands",
        "regions": []
      },
      "HN": {
        "label": "Honduras",
        "regions": [
          "americas"
        ]
      },
      "HR": {
        "label": "Croatia",
        "regions": [
          "europe-central-asia"
        ]
      },
      "HT": {
        "label": "Haiti",
        "regions": [
          "americas"
        ]
      },
      "HU": {
        "label": "Hungary",
        "regions": [
          "europe-central-asia"
        ]
      },
      "ID": {
        "label": "Indonesia",
        "regions": [
          "asia-pacific"
        ]
      },
      "IE": {
        "label": "Ireland",
        "regions": [
          "europe-central-asia"
        ]
      },
      "IL": {
        "label": "Israel",
        "regions": [
          "middle-east-north-africa"
        ]
      },
      "IM": {
        "label": "Isle of Man",
        "regions": [
          "europe-central-asia"
        ]
      },
      "IN": {
        "label": "India",
        "regions": [
          "asia-pacific"
        ]
      },
      "IO": {
        "label": "British Indian Ocean Territory",
        "regions": [
          "asia-pacific"
        ]
      },
      "IQ": {
        "label": "Iraq",
        "regions": [
          "middle-east-north-africa"
        ]
      },
      "IR": {
        "label": "Iran",
        "regions": [
          "middle-east-north-africa"
        ]
      },
      "IS": {
        "label": "Iceland",
        "regions": [
          "europe-central-asia"
        ]
      },
      "IT": {
        "label": "Italy",
        "regions": [
          "europe-central-asia"
        ]
      },
      "JE": {
        "label": "Jersey",
        "regions": [
          "europe-central-asia"
        ]
      },
      "JM": {
        "label": "Jamaica",
        "regions": [
          "americas"
        ]
      },
      "JO": {
        "label": "Jordan",
        "regions": [
          "middle-east-north-africa"
        ]
      },
      "JP": {
        "label": "Japan",
        "regions": [
          "asia-pacific"
        ]
      },
      "KE": {
        "label": "Kenya",
        "regions": [
          "africa"
        ]
      },
      "KG": {
        "label": "Kyrgyzstan",
        "regions": [
          "asia-pacific",
          "europe-central-asia"
        ]
      },
      "KH": {
        "label": "Cambodia",
        "regions": [
          "asia-pacific"
        ]
      },
      "KI": {
        "label": "Kiribati",
        "regions": [
          "asia-pacific"
        ]
      },
      "KM": {
        "label": "Comoros",
        "regions": [
          "africa",
          "middle-east-north-africa"
        ]
      },
      "KN": {
        "label": "St. Kitts & Nevis",
        "regions": [
          "americas"
        ]
      },
      "KP": {
        "label": "North Korea",
        "regions": [
          "asia-pacific"
        ]
      },
      "KR": {
        "label": "South Korea",
        "regions": [
          "asia-pacific"
        ]
      },
      "KW": {
        "label": "Kuwait",
        "regions": [
          "middle-east-north-africa"
        ]
      },
      "KY": {
        "label": "Cayman Islands",
        "regions": [
          "americas"
        ]
      },
      "KZ": {
        "label": "Kazakhstan",
        "regions": [
          "asia-pacific",
          "europe-central-asia"
        ]
      },
      "LA": {
        "label": "Laos",
        "regions": [
          "asia-pacific"
        ]
      },
      "LB": {
        "label": "Lebanon",
        "regions": [
          "middle-east-north-africa"
        ]
      },
      "LC": {
        "label": "St. Lucia",
        "regions": [
          "americas"
        ]
      },
      "LI": {
        "label": "Liechtenstein",
        "regions": [
          "europe-central-asia"
        ]
      },
      "LK": {
        "label": "Sri Lanka",
        "regions": [
          "asia-pacific"
        ]
      },
      "LR": {
        "label": "Liberia",
        "regions": [
          "africa"
        ]
      },
      "LS": {
        "label": "Lesotho",
        "regions": [
          "africa"
        ]
      },
      "LT": {
        "label": "Lithuania",
        "regions": [
          "europe-central-asia"
        ]
      },
      "LU": {
        "label": "Luxembourg",
        "regions": [
          "europe-central-asia"
        ]
      },
      "LV": {
        "label": "Latvia",
        "regions": [
          "europe-central-asia"
        ]
      },
      "LY": {
        "label": "Libya",
        "regions": [
          "africa",
          "middle-east-north-africa"
        ]
      },
      "MA": {
        "label": "Morocco",
        "regions": [
          "africa",
          "middle-east-north-africa"
        ]
      },
      "MC": {
        "label": "Monaco",
        "regions": [
          "europe-central-asia"
        ]
      },
      "MD": {
        "label": "Moldova",
        "regions": [
          "europe-central-asia"
        ]
      },
      "ME": {
        "label": "Montenegro",
        "regions": [
          "europe-central-asia"
        ]
      },
      "MF": {
        "label": "St. Martin",
        "regions": [
          "americas"
        ]
      },
      "MG": {
        "label": "Madagascar",
        "regions": [
          "africa"
        ]
      },
      "MH": {
        "label": "Marshall Islands",
        "regions": [
          "asia-pacific"
        ]
      },
      "MK": {
        "label": "North Macedonia",
        "regions": [
          "europe-central-asia"
        ]
      },
      "ML": {
        "label": "Mali",
        "regions": [
          "africa"
        ]
      },
      "MM": {
        "label": "Myanmar (Burma)",
        "regions": [
          "asia-pacific"
        ]
      },
      "MN": {
        "label": "Mongolia",
        "regions": [
          "asia-pacific"
        ]
      },
      "MO": {
        "label": "Macao SAR China",
        "regions": [
          "asia-pacific"
        ]
      },
      "MP": {
        "label": "Northern Mariana Islands",
        "regions": [
          "asia-pacific"
        ]
      },
      "MQ": {
        "label": "Martinique",
        "regions": [
          "americas"
        ]
      },
      "MR": {
        "label": "Mauritania",
        "regions": [
          "africa",
          "middle-east-north-africa"
        ]
      },
      "MS": {
        "label": "Montserrat",
        "regions": [
          "americas"
        ]
      },
      "MT": {
        "label": "Malta",
        "regions": [
          "europe-central-asia"
        ]
      },
      "MU": {
        "label": "Mauritius",
        "regions": [
          "africa"
        ]
      },
      "MV": {
        "label": "Maldives",
        "regions": [
          "asia-pacific"
        ]
      },
      "MW": {
        "label": "Malawi",
        "regions": [
          "africa"
        ]
      },
      "MX": {
        "label": "Mexico",
        "regions": [
          "americas"
        ]
      },
      "MY": {
        "label": "Malaysia",
        "regions": [
          "asia-pacific"
        ]
      },
      "MZ": {
        "label": "Mozambique",
        "regions": [
          "africa"
        ]
      },
      "NA": {
        "label": "Namibia",
        "regions": [
          "africa"
        ]
      },
      "NC": {
        "label": "New Caledonia",
        "regions": [
          "asia-pacific"
        ]
      },
      "NE": {
        "label": "Niger",
        "regions": [
          "africa"
        ]
      },
      "NF": {
        "label": "Norfolk Island",
        "regions": [
          "asia-pacific"
        ]
      },
      "NG": {
        "label": "Nigeria",
        "regions": [
          "africa"
        ]
      },
      "NI": {
        "label": "Nicaragua",
        "regions": [
          "americas"
        ]
      },
      "NL": {
        "label": "Netherlands",
        "regions": [
          "europe-central-asia"
        ]
      },
      "NO": {
        "label": "Norway",
        "regions": [
          "europe-central-asia"
        ]
      },
      "NP": {
        "label": "Nepal",
        "regions": [
          "asia-pacific"
        ]
      },
      "NR": {
        "label": "Nauru",
        "regions": [
          "asia-pacific"
        ]
      },
      "NU": {
        "label": "Niue",
        "regions": [
          "asia-pacific"
        ]
      },
      "NZ": {
        "label": "New Zealand",
        "regions": [
          "asia-pacific"
        ]
      },
      "OM": {
        "label": "Oman",
        "regions": [
          "middle-east-north-africa"
        ]
      },
      "PA": {
        "label": "Panama",
        "regions": [
          "americas"
        ]
      },
      "PE": {
        "label": "Peru",
        "regions": [
          "americas"
        ]
      },
      "PF": {
        "label": "French Polynesia",
        "regions": [
          "asia-pacific"
        ]
      },
      "PG": {
        "label": "Papua New Guinea",
        "regions": [
          "asia-pacific"
        ]
      },
      "PH": {
        "label": "Philippines",
        "regions": [
          "asia-pacific"
        ]
      },
      "PK": {
        "label": "Pakistan",
        "regions": [
          "asia-pacific"
        ]
      },
      "PL": {
        "label": "Poland",
        "regions": [
          "europe-central-asia"
        ]
      },
      "PM": {
        "label": "St. Pierre & Miquelon",
        "regions": [
          "americas"
        ]
      },
      "PN": {
        "label": "Pitcairn Islands",
        "regions": [
          "asia-pacific"
        ]
      },
      "PR": {
        "label": "Puerto Rico",
        "regions": [
          "americas"
        ]
      },
      "PS": {
        "label": "Palestinian Territories",
        "regions": [
          "middle-east-north-africa"
        ]
      },
      "PT": {
        "label": "Portugal",
        "regions": [
          "europe-central-asia"
        ]
      },
      "PW": {
        "label": "Palau",
        "regions": [
          "asia-pacific"
        ]
      },
      "PY": {
        "label": "Paraguay",
        "regions": [
          "americas"
        ]
      },
      "QA": {
        "label": "Qatar",
        "regions": [
          "middle-east-north-africa"
        ]
      },
      "RE": {
        "label": "Réunion",
        "regions": [
          "africa"
        ]
      },
      "RO": {
        "label": "Romania",
        "regions": [
          "europe-central-asia"
        ]
      },
      "RS": {
        "label": "Serbia",
        "regions": [
          "europe-central-asia"
        ]
      },
      "RU": {
        "label": "Russia",
        "regions": [
          "europe-central-asia"
        ]
      },
      "RW": {
        "label": "Rwanda",
        "regions": [
          "africa"
        ]
      },
      "SA": {
        "label": "Saudi Arabia",
        "regions": [
          "middle-east-north-africa"
        ]
      },
      "SB": {
        "label": "Solomon Islands",
        "regions": [
          "asia-pacific"
        ]
      },
      "SC": {
        "label": "Seychelles",
        "regions": [
          "africa"
        ]
      },
      "SD": {
        "label": "Sudan",
        "regions": [
          "africa",
          "middle-east-north-africa"
        ]
      },
      "SE": {
        "label": "Sweden",
        "regions": [
          "europe-central-asia"
        ]
      },
      "SG": {
        "label": "Singapore",
        "regions": [
          "asia-pacific"
        ]
      },
      "SH": {
        "label": "St. Helena",
        "regions": [
          "africa"
        ]
      },
      "SI": {
        "label": "Slovenia",
        "regions": [
          "europe-central-asia"
        ]
      },
      "SJ": {
        "label": "Svalbard & Jan Mayen",
        "regions": [
          "europe-central-asia"
        ]
      },
      "SK": {
        "label": "Slovakia",
        "regions": [
          "europe-central-asia"
        ]
      },
      "SL": {
        "label": "Sierra Leone",
        "regions": [
          "africa"
        ]
      },
      "SM": {
        "label": "San Marino",
        "regions": [
          "europe-central-asia"
        ]
      },
      "SN": {
        "label": "Senegal",
        "regions": [
          "africa"
        ]
      },
      "SO": {
        "label": "Somalia",
        "regions": [
          "africa",
          "middle-east-north-africa"
        ]
      },
      "SR": {
        "label": "Suriname",
        "regions": [
          "americas"
        ]
      },
      "SS": {
        "label": "South Sudan",
        "regions": [
          "africa"
        ]
      },
      "ST": {
        "label": "São Tomé & Príncipe",
        "regions": [
          "africa"
        ]
      },
      "SV": {
        "label": "El Salvador",
        "regions": [
          "americas"
        ]
      },
      "SX": {
        "label": "Sint Maarten",
        "regions": [
          "americas"
        ]
      },
      "SY": {
        "label": "Syria",
        "regions": [
          "middle-east-north-africa"
        ]
      },
      "SZ": {
        "label": "Eswatini",
        "regions": [
          "africa"
        ]
      },
      "TC": {
        "label": "Turks & Caicos Islands",
        "regions": [
          "americas"
        ]
      },
      "TD": {
        "label": "Chad",
        "regions": [
          "africa"
        ]
      },
      "TF": {
        "label": "French Southern Territories",
        "regions": []
      },
      "TG": {
        "label": "Togo",
        "regions": [
          "africa"
        ]
      },
      "TH": {
        "label": "Thailand",
        "regions": [
          "asia-pacific"
        ]
      },
      "TJ": {
        "label": "Tajikistan",
        "regions": [
          "asia-pacific",
          "europe-central-asia"
        ]
      },
      "TK": {
        "label": "Tokelau",
        "regions": [
          "asia-pacific"
        ]
      },
      "TL": {
        "label": "Timor-Leste",
        "regions": [
          "asia-pacific"
        ]
      },
      "TM": {
        "label": "Turkmenistan",
        "regions": [
          "asia-pacific",
          "europe-central-asia"
        ]
      },
      "TN": {
        "label": "Tunisia",
        "regions": [
          "africa",
          "middle-east-north-africa"
        ]
      },
      "TO": {
        "label": "Tonga",
        "regions": [
          "asia-pacific"
        ]
      },
      "TR": {
        "label": "Türkiye",
        "regions": [
          "europe-central-asia"
        ]
      },
      "TT": {
        "label": "Trinidad & Tobago",
        "regions": [
          "americas"
        ]
      },
      "TV": {
        "label": "Tuvalu",
        "regions": [
          "asia-pacific"
        ]
      },
      "TW": {
        "label": "Taiwan",
        "regions": [
          "asia-pacific"
        ]
      },
      "TZ": {
        "label": "Tanzania",
        "regions": [
          "africa"
        ]
      },
      "UA": {
        "label": "Ukraine",
        "regions": [
          "europe-central-asia"
        ]
      },
      "UG": {
        "label": "Uganda",
        "regions": [
          "africa"
        ]
      },
      "UM": {
        "label": "U.S. Outlying Islands",
        "regions": [
          "asia-pacific"
        ]
      },
      "US": {
        "label": "United States",
        "regions": [
          "americas"
        ]
      },
      "UY": {
        "label": "Uruguay",
        "regions": [
          "americas"
        ]
      },
      "UZ": {
        "label": "Uzbekistan",
        "regions": [
          "asia-pacific",
          "europe-central-asia"
        ]
      },
      "VA": {
        "label": "Vatican City",
        "regions": [
          "europe-central-asia"
        ]
      },
      "VC": {
        "label": "St. Vincent & Grenadines",
        "regions": [
          "americas"
        ]
      },
      "VE": {
        "label": "Venezuela",
        "regions": [
          "americas"
        ]
      },
      "VG": {
        "label": "British Virgin Islands",
        "regions": [
          "americas"
        ]
      },
      "VI": {
        "label": "U.S. Virgin Islands",
        "regions": [
          "americas"
        ]
      },
      "VN": {
        "label": "Vietnam",
        "regions": [
          "asia-pacific"
        ]
      },
      "VU": {
        "label": "Vanuatu",
        "regions": [
          "asia-pacific"
        ]
      },
      "WF": {
        "label": "Wallis & Futuna",
        "regions": [
          "asia-pacific"
        ]
      },
      "WS": {
        "label": "Samoa",
        "regions": [
          "asia-pacific"
        ]
      },
      "XK": {
        "label": "Kosovo",
        "regions": [
          "europe-central-asia"
        ]
      },
      "YE": {
        "label": "Yemen",
        "regions": [
          "middle-east-north-africa"
        ]
      },
      "YT": {
        "label": "Mayotte",
        "regions": [
          "africa"
        ]
      },
      "ZA": {
        "label": "South Africa",
        "regions": [
          "africa"
        ]
      },
      "ZM": {
        "label": "Zambia",
        "regions": [
          "africa"
        ]
      },
      "ZW": {
        "label": "Zimbabwe",
        "regions": [
          "africa"
        ]
      }
    }
  },
  "currency": {
    "title": "Currency",
    "description": "ISO 4217 alphabetic code of a currency in current use (upper case). The label is the English name.",
    "terms": {
      "AED": {
        "label": "United Arab Emirates Dirham"
      },
      "AFN": {
        "label": "Afghan Afghani"
      },
      "ALL": {
        "label": "Albanian Lek"
      },
      "AMD": {
        "label": "Armenian Dram"
      },
      "AOA": {
        "label": "Angolan Kwanza"
      },
      "ARS": {
        "label": "Argentine Peso"
      },
      "AUD": {
        "label": "Australian Dollar"
      },
      "AWG": {
        "label": "Aruban Florin"
      },
      "AZN": {
        "label": "Azerbaijani Manat"
      },
      "BAM": {
        "label": "Bosnia-Herzegovina Convertible Mark"
      },
      "BBD": {
        "label": "Barbadian Dollar"
      },
      "BDT": {
        "label": "Bangladeshi Taka"
      },
      "BGN": {
        "label": "Bulgarian Lev"
      },
      "BHD": {
        "label": "Bahraini Dinar"
      },
      "BIF": {
        "label": "Burundian Franc"
      },
      "BMD": {
        "label": "Bermudan Dollar"
      },
      "BND": {
        "label": "Brunei Dollar"
      },
      "BOB": {
        "label": "Bolivian Boliviano"
      },
      "BRL": {
        "label": "Brazilian Real"
      },
      "BSD": {
        "label": "Bahamian Dollar"
      },
      "BTN": {
        "label": "Bhutanese Ngultrum"
      },
      "BWP": {
        "label": "Botswanan Pula"
      },
      "BYN": {
        "label": "Belarusian Ruble"
      },
      "BZD": {
        "label": "Belize Dollar"
      },
      "CAD": {
        "label": "Canadian Dollar"
      },
      "CDF": {
        "label": "Congolese Franc"
      },
      "CHF": {
        "label": "Swiss Franc"
      },
      "CLP": {
        "label": "Chilean Peso"
      },
      "CNY": {
        "label": "Chinese Yuan"
      },
      "COP": {
        "label": "Colombian Peso"
      },
      "CRC": {
        "label": "Costa Rican Colón"
      },
      "CUP": {
        "label": "Cuban Peso"
      },
      "CVE": {
        "label": "Cape Verdean Escudo"
      },
      "CZK": {
        "label": "Czech Koruna"
      },
      "DJF": {
        "label": "Djiboutian Franc"
      },
      "DKK": {
        "label": "Danish Krone"
      },
      "DOP": {
        "label": "Dominican Peso"
      },
      "DZD": {
        "label": "Algerian Dinar"
      },
      "EGP": {
        "label": "Egyptian Pound"
      },
      "ERN": {
        "label": "Eritrean Nakfa"
      },
      "ETB": {
        "label": "Ethiopian Birr"
      },
      "EUR": {
        "label": "Euro"
      },
      "FJD": {
        "label": "Fijian Dollar"
      },
      "FKP": {
        "label": "Falkland Islands Pound"
      },
      "GBP": {
        "label": "British Pound"
      },
      "GEL": {
        "label": "Georgian Lari"
      },
      "GHS": {
        "label": "Ghanaian Cedi"
      },
      "GIP": {
        "label": "Gibraltar Pound"
      },
      "GMD": {
        "label": "Gambian Dalasi"
      },
      "GNF": {
        "label": "Guinean Franc"
      },
      "GTQ": {
        "label": "Guatemalan Quetzal"
      },
      "GYD": {
        "label": "Guyanaese Dollar"
      },
      "HKD": {
        "label": "Hong Kong Dollar"
      },
      "HNL": {
        "label": "Honduran Lempira"
      },
      "HTG": {
        "label": "Haitian Gourde"
      },
      "HUF": {
        "label": "Hungarian Forint"
      },
      "IDR": {
        "label": "Indonesian Rupiah"
      },
      "ILS": {
        "label": "Israeli New Shekel"
      },
      "INR": {
        "label": "Indian Rupee"
      },
      "IQD": {
        "label": "Iraqi Dinar"
      },
      "IRR": {
        "label": "Iranian Rial"
      },
      "ISK": {
        "label": "Icelandic Króna"
      },
      "JMD": {
        "label": "Jamaican Dollar"
      },
      "JOD": {
        "label": "Jordanian Dinar"
      },
      "JPY": {
        "label": "Japanese Yen"
      },
      "KES": {
        "label": "Kenyan Shilling"
      },
      "KGS": {
        "label": "Kyrgyz Som"
      },
      "KHR": {
        "label": "Cambodian Riel"
      },
      "KMF": {
        "label": "Comorian Franc"
      },
      "KPW": {
        "label": "North Korean Won"
      },
      "KRW": {
        "label": "South Korean Won"
      },
      "KWD": {
        "label": "Kuwaiti Dinar"
      },
      "KYD": {
        "label": "Cayman Islands Dollar"
      },
      "KZT": {
        "label": "Kazakhstani Tenge"
      },
      "LAK": {
        "label": "Laotian Kip"
      },
      "LBP": {
        "label": "Lebanese Pound"
      },
      "LKR": {
        "label": "Sri Lankan Rupee"
      },
      "LRD": {
        "label": "Liberian Dollar"
      },
      "LSL": {
        "label": "Lesotho Loti"
      },
      "LYD": {
        "label": "Libyan Dinar"
      },
      "MAD": {
        "label": "Moroccan Dirham"
      },
      "MDL": {
        "label": "Moldovan Leu"
      },
      "MGA": {
        "label": "Malagasy Ariary"
      },
      "MKD": {
        "label": "Macedonian Denar"
      },
      "MMK": {
        "label": "Myanmar Kyat"
      },
      "MNT": {
        "label": "Mongolian Tugrik"
      },
      "MOP": {
        "label": "Macanese Pataca"
      },
      "MRU": {
        "label": "Mauritanian Ouguiya"
      },
      "MUR": {
        "label": "Mauritian Rupee"
      },
      "MVR": {
        "label": "Maldivian Rufiyaa"
      },
      "MWK": {
        "label": "Malawian Kwacha"
      },
      "MXN": {
        "label": "Mexican Peso"
      },
      "MYR": {
        "label": "Malaysian Ringgit"
      },
      "MZN": {
        "label": "Mozambican Metical"
      },
      "NAD": {
        "label": "Namibian Dollar"
      },
      "NGN": {
        "label": "Nigerian Naira"
      },
      "NIO": {
        "label": "Nicaraguan Córdoba"
      },
      "NOK": {
        "label": "Norwegian Krone"
      },
      "NPR": {
        "label": "Nepalese Rupee"
      },
      "NZD": {
        "label": "New Zealand Dollar"
      },
      "OMR": {
        "label": "Omani Rial"
      },
      "PAB": {
        "label": "Panamanian Balboa"
      },
      "PEN": {
        "label": "Peruvian Sol"
      },
      "PGK": {
        "label": "Papua New Guinean Kina"
      },
      "PHP": {
        "label": "Philippine Peso"
      },
      "PKR": {
        "label": "Pakistani Rupee"
      },
      "PLN": {
        "label": "Polish Zloty"
      },
      "PYG": {
        "label": "Paraguayan Guarani"
      },
      "QAR": {
        "label": "Qatari Riyal"
      },
      "RON": {
        "label": "Romanian Leu"
      },
      "RSD": {
        "label": "Serbian Dinar"
      },
      "RUB": {
        "label": "Russian Ruble"
      },
      "RWF": {
        "label": "Rwandan Franc"
      },
      "SAR": {
        "label": "Saudi Riyal"
      },
      "SBD": {
        "label": "Solomon Islands Dollar"
      },
      "SCR": {
        "label": "Seychellois Rupee"
      },
      "SDG": {
        "label": "Sudanese Pound"
      },
      "SEK": {
        "label": "Swedish Krona"
      },
      "SGD": {
        "label": "Singapore Dollar"
      },
      "SHP": {
        "label": "St. Helena Pound"
      },
      "SLE": {
        "label": "Sierra Leonean Leone"
      },
      "SOS": {
        "label": "Somali Shilling"
      },
      "SRD": {
        "label": "Surinamese Dollar"
      },
      "SSP": {
        "label": "South Sudanese Pound"
      },
      "STN": {
        "label": "São Tomé & Príncipe Dobra"
      },
      "SVC": {
        "label": "Salvadoran Colón"
      },
      "SYP": {
        "label": "Syrian Pound"
      },
      "SZL": {
        "label": "Swazi Lilangeni"
      },
      "THB": {
        "label": "Thai Baht"
      },
      "TJS": {
        "label": "Tajikistani Somoni"
      },
      "TMT": {
        "label": "Turkmenistani Manat"
      },
      "TND": {
        "label": "Tunisian Dinar"
      },
      "TOP": {
        "label": "Tongan Paʻanga"
      },
      "TRY": {
        "label": "Turkish Lira"
      },
      "TTD": {
        "label": "Trinidad & Tobago Dollar"
      },
      "TWD": {
        "label": "New Taiwan Dollar"
      },
      "TZS": {
        "label": "Tanzanian Shilling"
      },
      "UAH": {
        "label": "Ukrainian Hryvnia"
      },
      "UGX": {
        "label": "Ugandan Shilling"
      },
      "USD": {
        "label": "US Dollar"
      },
      "UYU": {
        "label": "Uruguayan Peso"
      },
      "UZS": {
        "label": "Uzbekistani Som"
      },
      "VES": {
        "label": "Venezuelan Bolívar"
      },
      "VND": {
        "label": "Vietnamese Dong"
      },
      "VUV": {
        "label": "Vanuatu Vatu"
      },
      "WST": {
        "label": "Samoan Tala"
      },
      "XAF": {
        "label": "Central African CFA Franc"
      },
      "XCD": {
        "label": "East Caribbean Dollar"
      },
      "XCG": {
        "label": "Caribbean guilder"
      },
      "XOF": {
        "label": "West African CFA Franc"
      },
      "XPF": {
        "label": "CFP Franc"
      },
      "YER": {
        "label": "Yemeni Rial"
      },
      "ZAR": {
        "label": "South African Rand"
      },
      "ZMW": {
        "label": "Zambian Kwacha"
      },
      "ZWG": {
        "label": "Zimbabwean Gold"
      }
    }
  },
  "language": {
    "title": "Language",
    "description": "ISO 639-1 two-letter language code (lower case). The label is the English name.",
    "terms": {
      "aa": {
        "label": "Afar"
      },
      "ab": {
        "label": "Abkhazian"
      },
      "ae": {
        "label": "Avestan"
      },
      "af": {
        "label": "Afrikaans"
      },
      "ak": {
        "label": "Akan"
      },
      "am": {
        "label": "Amharic"
      },
      "an": {
        "label": "Aragonese"
      },
      "ar": {
        "label": "Arabic"
      },
      "as": {
        "label": "Assamese"
      },
      "av": {
        "label": "Avaric"
      },
      "ay": {
        "label": "Aymara"
      },
      "az": {
        "label": "Azerbaijani"
      },
      "ba": {
        "label": "Bashkir"
      },
      "be": {
        "label": "Belarusian"
      },
      "bg": {
        "label": "Bulgarian"
      },
      "bi": {
        "label": "Bislama"
      },
      "bm": {
        "label": "Bambara"
      },
      "bn": {
        "label": "Bangla"
      },
      "bo": {
        "label": "Tibetan"
      },
      "br": {
        "label": "Breton"
      },
      "bs": {
        "label": "Bosnian"
      },
      "ca": {
        "label": "Catalan"
      },
      "ce": {
        "label": "Chechen"
      },
      "ch": {
        "label": "Chamorro"
      },
      "co": {
        "label": "Corsican"
      },
      "cr": {
        "label": "Cree"
      },
      "cs": {
        "label": "Czech"
      },
      "cu": {
        "label": "Church Slavic"
      },
      "cv": {
        "label": "Chuvash"
      },
      "cy": {
        "label": "Welsh"
      },
      "da": {
        "label": "Danish"
      },
      "de": {
        "label": "German"
      },
      "dv": {
        "label": "Divehi"
      },
      "dz": {
        "label": "Dzongkha"
      },
      "ee": {
        "label": "Ewe"
      },
      "el": {
        "label": "Greek"
      },
      "en": {
        "label": "English"
      },
      "eo": {
        "label": "Esperanto"
      },
      "es": {
        "label": "Spanish"
      },
      "et": {
        "label": "Estonian"
      },
      "eu": {
        "label": "Basque"
      },
      "fa": {
        "label": "Persian"
      },
      "ff": {
        "label": "Fula"
      },
      "fi": {
        "label": "Finnish"
      },
      "fj": {
        "label": "Fijian"
      },
      "fo": {
        "label": "Faroese"
      },
      "fr": {
        "label": "French"
      },
      "fy": {
        "label": "Western Frisian"
      },
      "ga": {
        "label": "Irish"
      },
      "gd": {
        "label": "Scottish Gaelic"
      },
      "gl": {
        "label": "Galician"
      },
      "gn": {
        "label": "Guarani"
      },
      "gu": {
        "label": "Gujarati"
      },
      "gv": {
        "label": "Manx"
      },
      "ha": {
        "label": "Hausa"
      },
      "he": {
        "label": "Hebrew"
      },
      "hi": {
        "label": "Hindi"
      },
      "ho": {
        "label": "Hiri Motu"
      },
      "hr": {
        "label": "Croatian"
      },
      "ht": {
        "label": "Haitian Creole"
      },
      "hu": {
        "label": "Hungarian"
      },
      "hy": {
        "label": "Armenian"
      },
      "hz": {
        "label": "Herero"
      },
      "ia": {
        "label": "Interlingua"
      },
      "id": {
        "label": "Indonesian"
      },
      "ie": {
        "label": "Interlingue"
      },
      "ig": {
        "label": "Igbo"
      },
      "ii": {
        "label": "Sichuan Yi"
      },
      "ik": {
        "label": "Inupiaq"
      },
      "io": {
        "label": "Ido"
      },
      "is": {
        "label": "Icelandic"
      },
      "it": {
        "label": "Italian"
      },
      "iu": {
        "label": "Inuktitut"
      },
      "ja": {
        "label": "Japanese"
      },
      "jv": {
        "label": "Javanese"
      },
      "ka": {
        "label": "Georgian"
      },
      "kg": {
        "label": "Kongo"
      },
      "ki": {
        "label": "Kikuyu"
      },
      "kj": {
        "label": "Kuanyama"
      },
      "kk": {
        "label": "Kazakh"
      },
      "kl": {
        "label": "Kalaallisut"
      },
      "km": {
        "label": "Khmer"
      },
      "kn": {
        "label": "Kannada"
      },
      "ko": {
        "label": "Korean"
      },
      "kr": {
        "label": "Kanuri"
      },
      "ks": {
        "label": "Kashmiri"
      },
      "ku": {
        "label": "Kurdish"
      },
      "kv": {
        "label": "Komi"
      },
      "kw": {
        "label": "Cornish"
      },
      "ky": {
        "label": "Kyrgyz"
      },
      "la": {
        "label": "Latin"
      },
      "lb": {
        "label": "Luxembourgish"
      },
      "lg": {
        "label": "Ganda"
      },
      "li": {
        "label": "Limburgish"
      },
      "ln": {
        "label": "Lingala"
      },
      "lo": {
        "label": "Lao"
      },
      "lt": {
        "label": "Lithuanian"
      },
      "lu": {
        "label": "Luba-Katanga"
      },
      "lv": {
        "label": "Latvian"
      },
      "mg": {
        "label": "Malagasy"
      },
      "mh": {
        "label": "Marshallese"
      },
      "mi": {
        "label": "Māori"
      },
      "mk": {
        "label": "Macedonian"
      },
      "ml": {
        "label": "Malayalam"
      },
      "mn": {
        "label": "Mongolian"
      },
      "mr": {
        "label": "Marathi"
      },
      "ms": {
        "label": "Malay"
      },
      "mt": {
        "label": "Maltese"
      },
      "my": {
        "label": "Burmese"
      },
      "na": {
        "label": "Nauru"
      },
      "nb": {
        "label": "Norwegian Bokmål"
      },
      "nd": {
        "label": "North Ndebele"
      },
      "ne": {
        "label": "Nepali"
      },
      "ng": {
        "label": "Ndonga"
      },
      "nl": {
        "label": "Dutch"
      },
      "nn": {
        "label": "Norwegian Nynorsk"
      },
      "no": {
        "label": "Norwegian"
      },
      "nr": {
        "label": "South Ndebele"
      },
      "nv": {
        "label": "Navajo"
      },
      "ny": {
        "label": "Nyanja"
      },
      "oc": {
        "label": "Occitan"
      },
      "oj": {
        "label": "Ojibwa"
      },
      "om": {
        "label": "Oromo"
      },
      "or": {
        "label": "Odia"
      },
      "os": {
        "label": "Ossetic"
      },
      "pa": {
        "label": "Punjabi"
      },
      "pi": {
        "label": "Pali"
      },
      "pl": {
        "label": "Polish"
      },
      "ps": {
        "label": "Pashto"
      },
      "pt": {
        "label": "Portuguese"
      },
      "qu": {
        "label": "Quechua"
      },
      "rm": {
        "label": "Romansh"
      },
      "rn": {
        "label": "Rundi"
      },
      "ro": {
        "label": "Romanian"
      },
      "ru": {
        "label": "Russian"
      },
      "rw": {
        "label": "Kinyarwanda"
      },
      "sa": {
        "label": "Sanskrit"
      },
      "sc": {
        "label": "Sardinian"
      },
      "sd": {
        "label": "Sindhi"
      },
      "se": {
        "label": "Northern Sami"
      },
      "sg": {
        "label": "Sango"
      },
      "si": {
        "label": "Sinhala"
      },
      "sk": {
        "label": "Slovak"
      },
      "sl": {
        "label": "Slovenian"
      },
      "sm": {
        "label": "Samoan"
      },
      "sn": {
        "label": "Shona"
      },
      "so": {
        "label": "Somali"
      },
      "sq": {
        "label": "Albanian"
      },
      "sr": {
        "label": "Serbian"
      },
      "ss": {
        "label": "Swati"
      },
      "st": {
        "label": "Southern Sotho"
      },
      "su": {
        "label": "Sundanese"
      },
      "sv": {
        "label": "Swedish"
      },
      "sw": {
        "label": "Swahili"
      },
      "ta": {
        "label": "Tamil"
      },
      "te": {
        "label": "Telugu"
      },
      "tg": {
        "label": "Tajik"
      },
      "th": {
        "label": "Thai"
      },
      "ti": {
        "label": "Tigrinya"
      },
      "tk": {
        "label": "Turkmen"
      },
      "tl": {
        "label": "Filipino"
      },
      "tn": {
        "label": "Tswana"
      },
      "to": {
        "label": "Tongan"
      },
      "tr": {
        "label": "Turkish"
      },
      "ts": {
        "label": "Tsonga"
      },
      "tt": {
        "label": "Tatar"
      },
      "tw": {
        "label": "Akan"
      },
      "ty": {
        "label": "Tahitian"
      },
      "ug": {
        "label": "Uyghur"
      },
      "uk": {
        "label": "Ukrainian"
      },
      "ur": {
        "label": "Urdu"
      },
      "uz": {
        "label": "Uzbek"
      },
      "ve": {
        "label": "Venda"
      },
      "vi": {
        "label": "Vietnamese"
      },
      "vo": {
        "label": "Volapük"
      },
      "wa": {
        "label": "Walloon"
      },
      "wo": {
        "label": "Wolof"
      },
      "xh": {
        "label": "Xhosa"
      },
      "yi": {
        "label": "Yiddish"
      },
      "yo": {
        "label": "Yoruba"
      },
      "za": {
        "label": "Zhuang"
      },
      "zh": {
        "label": "Chinese"
      },
      "zu": {
        "label": "Zulu"
      }
    }
  },
  "mechanism-type": {
    "title": "Mechanism type",
    "description": "What kind of body or instrument a mechanism record describes.",
    "terms": {
      "special-procedure": {
        "label": "UN special procedure",
        "definition": "An independent expert or working group mandated by the UN Human Rights Council."
      },
      "treaty-body": {
        "label": "Treaty body",
        "definition": "A committee of independent experts that monitors a UN human rights treaty."
      },
      "charter-body-procedure": {
        "label": "UN Charter-body procedure",
        "definition": "A procedure of the UN Human Rights Council itself."
      },
      "un-official": {
        "label": "UN official or office",
        "definition": "An official or office of the UN Secretariat or a UN agency with a protection role."
      },
      "regional-commission": {
        "label": "Regional commission",
        "definition": "A regional human rights commission or committee of States or experts."
      },
      "regional-rapporteur": {
        "label": "Regional rapporteur",
        "definition": "A rapporteur or focal point of a regional human rights commission."
      },
      "regional-court": {
        "label": "Regional court",
        "definition": "A regional human rights court whose judgments bind States."
      },
      "sub-regional-court": {
        "label": "Sub-regional court",
        "definition": "The court of a sub-regional economic community that hears human rights claims."
      },
      "intergovernmental-office": {
        "label": "Intergovernmental office",
        "definition": "An office of an intergovernmental organisation with a mandate on defenders."
      },
      "policy-guidelines": {
        "label": "Policy guidelines",
        "definition": "Commitments by States on how their diplomats support defenders; not a complaint route."
      },
      "compliance-committee": {
        "label": "Compliance committee",
        "definition": "A committee that supports States' compliance with a treaty and may receive communications."
      },
      "alert-platform": {
        "label": "Alert platform",
        "definition": "A platform where partner organisations publish alerts about threats."
      }
    }
  },
  "organisation-type": {
    "title": "Organisation type",
    "description": "What kind of organisation a record describes.",
    "terms": {
      "protection-organisation": {
        "label": "Protection organisation",
        "definition": "A non-governmental organisation whose main work is protecting defenders at risk."
      },
      "rapid-response-fund": {
        "label": "Rapid-response fund",
        "definition": "A grant-maker or programme that gives fast grants for urgent needs."
      },
      "donor": {
        "label": "Donor",
        "definition": "A grant-maker with longer-term funding that may include security budgets."
      },
      "womens-fund": {
        "label": "Women's fund",
        "definition": "A fund led by and for women, girls, trans and intersex people."
      },
      "consortium": {
        "label": "Consortium",
        "definition": "Several organisations that deliver one programme together."
      },
      "digital-security-helpline": {
        "label": "Digital security helpline",
        "definition": "A help desk that answers digital security emergencies."
      },
      "relocation-programme": {
        "label": "Relocation programme",
        "definition": "A programme that hosts defenders away from danger for a limited time."
      },
      "legal-defence": {
        "label": "Legal defence",
        "definition": "An organisation that provides or pays for legal defence."
      },
      "journalist-support": {
        "label": "Journalist support",
        "definition": "An organisation that supports journalists and media at risk."
      },
      "freedom-of-expression-network": {
        "label": "Freedom of expression network",
        "definition": "A network of organisations defending free expression, including online expression."
      },
      "regional-network": {
        "label": "Regional network",
        "definition": "A network of defenders and organisations in one region or sub-region."
      },
      "advocacy-organisation": {
        "label": "Advocacy organisation",
        "definition": "An organisation that researches and campaigns rather than giving direct help."
      },
      "referral-service": {
        "label": "Referral service",
        "definition": "A service that connects people at risk with organisations that can help."
      }
    }
  },
  "procedure-type": {
    "title": "Procedure type",
    "description": "A way a mechanism acts on information it receives.",
    "terms": {
      "urgent-appeal": {
        "label": "Urgent appeal",
        "definition": "A letter to a government about a violation that is ongoing or about to happen."
      },
      "allegation-letter": {
        "label": "Allegation letter",
        "definition": "A letter to a government about a violation that has already happened."
      },
      "individual-complaint": {
        "label": "Individual complaint",
        "definition": "A complaint about a specific violation that the body examines and decides on."
      },
      "urgent-action": {
        "label": "Urgent action request",
        "definition": "A treaty body's request to a State to search for and protect a person, such as a disappeared person."
      },
      "precautionary-measures": {
        "label": "Precautionary measures",
        "definition": "A regional commission's request to a State to protect people from serious, urgent and irreparable harm."
      },
      "interim-measures": {
        "label": "Interim measures",
        "definition": "Measures a court or treaty body asks a State to take while a case is pending, to prevent irreparable harm."
      },
      "provisional-measures": {
        "label": "Provisional measures",
        "definition": "Binding orders of a court to protect people from irreparable harm."
      },
      "pattern-complaint": {
        "label": "Complaint about a pattern",
        "definition": "A confidential procedure for consistent patterns of gross violations, with no individual remedy."
      },
      "reprisals-follow-up": {
        "label": "Follow-up on reprisals",
        "definition": "Action on intimidation or reprisals against people who cooperate with the body."
      },
      "country-visit": {
        "label": "Country visit",
        "definition": "A visit to a country, usually at its government's invitation."
      },
      "public-statement": {
        "label": "Public statement",
        "definition": "A press release, condemnation or public report."
      },
      "thematic-report": {
        "label": "Thematic report",
        "definition": "A report on a theme, often drawing on information sent by civil society."
      },
      "state-report-review": {
        "label": "Review of State reports",
        "definition": "Examination of reports that States submit, with shadow reports from civil society."
      },
      "diplomatic-support": {
        "label": "Diplomatic support",
        "definition": "Action by diplomats: meetings, trial observation, prison visits, visas or public statements."
      },
      "alert": {
        "label": "Published alert",
        "definition": "A public alert about a threat, to which the State is expected to respond."
      }
    }
  },
  "region": {
    "title": "Region",
    "description": "A region or sub-region used to say where an organisation or mechanism works. The five top-level regions are the ones workshops are organised by; sub-regions name their parent region(s) in \"parents\".",
    "terms": {
      "africa": {
        "label": "Africa",
        "definition": "The countries of the African continent and its islands, including North Africa, and the African Union system."
      },
      "americas": {
        "label": "Americas",
        "definition": "North, Central and South America and the Caribbean, and the Inter-American system."
      },
      "asia-pacific": {
        "label": "Asia and the Pacific",
        "definition": "South, South-East, East and Central Asia and the Pacific, including Australia and New Zealand."
      },
      "europe-central-asia": {
        "label": "Europe and Central Asia",
        "definition": "Europe, Russia, Turkey, the South Caucasus and Central Asia: the area of the Council of Europe and the OSCE."
      },
      "middle-east-north-africa": {
        "label": "Middle East and North Africa",
        "definition": "The member States of the League of Arab States, Iran, Israel, Palestine and Western Sahara."
      },
      "east-horn-africa": {
        "label": "East and Horn of Africa",
        "definition": "Burundi, Djibouti, Eritrea, Ethiopia, Kenya, Rwanda, Somalia, South Sudan, Sudan, Tanzania and Uganda.",
        "parents": [
          "africa"
        ]
      },
      "great-lakes": {
        "label": "Great Lakes region of Africa",
        "definition": "The countries around the African Great Lakes, such as Burundi, the Democratic Republic of the Congo, Rwanda and Uganda.",
        "parents": [
          "africa"
        ]
      },
      "southern-africa": {
        "label": "Southern Africa",
        "definition": "The countries of Southern Africa, such as Angola, Botswana, Lesotho, Malawi, Mozambique, South Africa, Zambia and Zimbabwe.",
        "parents": [
          "africa"
        ]
      },
      "west-africa": {
        "label": "West Africa",
        "definition": "The countries of West Africa, including the member States of ECOWAS.",
        "parents": [
          "africa"
        ]
      },
      "central-africa": {
        "label": "Central Africa",
        "definition": "The countries of Central Africa, such as Cameroon, the Central African Republic, Chad, Congo, the Democratic Republic of the Congo and Gabon.",
        "parents": [
          "africa"
        ]
      },
      "north-africa": {
        "label": "North Africa",
        "definition": "Algeria, Egypt, Libya, Mauritania, Morocco, Tunisia and Western Sahara.",
        "parents": [
          "africa",
          "middle-east-north-africa"
        ]
      },
      "latin-america-caribbean": {
        "label": "Latin America and the Caribbean",
        "definition": "Mexico, Central and South America and the Caribbean.",
        "parents": [
          "americas"
        ]
      },
      "mesoamerica": {
        "label": "Mesoamerica",
        "definition": "Mexico and Central America (Belize, Costa Rica, El Salvador, Guatemala, Honduras, Nicaragua, Panama).",
        "parents": [
          "americas"
        ]
      },
      "north-america": {
        "label": "North America",
        "definition": "Canada and the United States.",
        "parents": [
          "americas"
        ]
      },
      "south-asia": {
        "label": "South Asia",
        "definition": "Afghanistan, Bangladesh, Bhutan, India, the Maldives, Nepal, Pakistan and Sri Lanka.",
        "parents": [
          "asia-pacific"
        ]
      },
      "southeast-asia": {
        "label": "South-East Asia",
        "definition": "The member States of ASEAN and Timor-Leste.",
        "parents": [
          "asia-pacific"
        ]
      },
      "east-asia": {
        "label": "East Asia",
        "definition": "China, Japan, Mongolia, North Korea, South Korea and Taiwan, and Hong Kong and Macao.",
        "parents": [
          "asia-pacific"
        ]
      },
      "pacific": {
        "label": "Pacific",
        "definition": "Australia, New Zealand and the Pacific island States and territories.",
        "parents": [
          "asia-pacific"
        ]
      },
      "central-asia": {
        "label": "Central Asia",
        "definition": "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.",
        "parents": [
          "europe-central-asia",
          "asia-pacific"
        ]
      },
      "south-caucasus": {
        "label": "South Caucasus",
        "definition": "Armenia, Azerbaijan and Georgia.",
        "parents": [
          "europe-central-asia"
        ]
      },
      "eastern-europe": {
        "label": "Eastern Europe",
        "definition": "Belarus, Moldova, Russia, Ukraine and the countries of Central and South-Eastern Europe outside the European Union.",
        "parents": [
          "europe-central-asia"
        ]
      },
      "european-union": {
        "label": "European Union",
        "definition": "The member States of the European Union.",
        "parents": [
          "europe-central-asia"
        ]
      },
      "gulf": {
        "label": "Gulf",
        "definition": "Bahrain, Iraq, Kuwait, Oman, Qatar, Saudi Arabia, the United Arab Emirates, Yemen and Iran.",
        "parents": [
          "middle-east-north-africa"
        ]
      },
      "mashreq": {
        "label": "Mashreq",
        "definition": "Jordan, Lebanon, Palestine, Syria and Iraq.",
        "parents": [
          "middle-east-north-africa"
        ]
      }
    }
  },
  "relation-type": {
    "title": "Relation type",
    "description": "How one record relates to another. A relation with an inverse must be stated on both records.",
    "terms": {
      "sister-fund": {
        "label": "Sister fund",
        "definition": "An independent fund of the same family working in another region.",
        "inverse": "sister-fund"
      },
      "member-of": {
        "label": "Member of",
        "definition": "This record is a member of the other (a consortium, network or coalition).",
        "inverse": "has-member"
      },
      "has-member": {
        "label": "Has member",
        "definition": "The other record is a member of this consortium, network or coalition.",
        "inverse": "member-of"
      },
      "part-of": {
        "label": "Part of",
        "definition": "This record is a programme or body within the other.",
        "inverse": "has-part"
      },
      "has-part": {
        "label": "Has part",
        "definition": "The other record is a programme or body within this one.",
        "inverse": "part-of"
      },
      "secretariat-of": {
        "label": "Secretariat of",
        "definition": "This organisation hosts the secretariat of the other.",
        "inverse": "has-secretariat"
      },
      "has-secretariat": {
        "label": "Has secretariat",
        "definition": "The other organisation hosts this record's secretariat.",
        "inverse": "secretariat-of"
      },
      "administers": {
        "label": "Administers",
        "definition": "This organisation administers grants or requests for the other.",
        "inverse": "administered-by"
      },
      "administered-by": {
        "label": "Administered by",
        "definition": "The other organisation administers grants or requests for this one.",
        "inverse": "administers"
      },
      "works-with": {
        "label": "Works with",
        "definition": "The two work together on protection, for example by passing on cases.",
        "inverse": "works-with"
      },
      "refers-to": {
        "label": "Refers to",
        "definition": "This record sends some requests on to the other; no inverse is required."
      },
      "successor-of": {
        "label": "Successor of",
        "definition": "This record replaced the other.",
        "inverse": "succeeded-by"
      },
      "succeeded-by": {
        "label": "Succeeded by",
        "definition": "The other record replaced this one.",
        "inverse": "successor-of"
      }
    }
  },
  "requester": {
    "title": "Requester",
    "description": "Who may ask for help or file a request.",
    "terms": {
      "self": {
        "label": "The person or group at risk",
        "definition": "The defender, group or organisation at risk asks for itself."
      },
      "organisation-on-behalf": {
        "label": "An organisation on their behalf",
        "definition": "A non-governmental organisation asks on the defender's behalf."
      },
      "third-party": {
        "label": "Someone else on their behalf",
        "definition": "Another person, such as a colleague or contact person, asks on the defender's behalf."
      },
      "relative": {
        "label": "A relative",
        "definition": "A family member asks on the person's behalf."
      },
      "legal-representative": {
        "label": "A lawyer or representative",
        "definition": "A lawyer or other legal representative files for the person."
      },
      "host-organisation": {
        "label": "A host organisation",
        "definition": "An organisation that would host a relocated defender applies."
      },
      "partner-organisation": {
        "label": "A partner or member organisation",
        "definition": "Only the programme's own partner or member organisations may submit or vouch for a request."
      },
      "state": {
        "label": "A State",
        "definition": "A government may file."
      }
    }
  },
  "review-method": {
    "title": "Review method",
    "description": "How the last review was done.",
    "terms": {
      "published-sources": {
        "label": "Published sources",
        "definition": "A reviewer read the cited published pages."
      },
      "contact-with-organisation": {
        "label": "Contact with the organisation",
        "definition": "A reviewer asked the organisation or mechanism through a channel it publishes, and it answered."
      },
      "submitted-by-organisation": {
        "label": "Submitted by the organisation",
        "definition": "The organisation or mechanism sent the facts, and a reviewer checked them against its published pages."
      }
    }
  },
  "service-mode": {
    "title": "Service mode",
    "description": "How an organisation or mechanism helps: directly, by referral, by advocacy or by examining complaints.",
    "terms": {
      "direct-support": {
        "label": "Direct support",
        "definition": "Gives money, services or accompaniment itself."
      },
      "referral": {
        "label": "Referral",
        "definition": "Connects people to other organisations rather than helping directly."
      },
      "advocacy": {
        "label": "Advocacy",
        "definition": "Raises cases with authorities or the public; gives no material help."
      },
      "complaint": {
        "label": "Complaint route",
        "definition": "Examines complaints or requests and acts on them with the State concerned."
      }
    }
  },
  "service": {
    "title": "Service",
    "description": "A kind of help an organisation offers to defenders at risk.",
    "terms": {
      "emergency-grant": {
        "label": "Emergency grant",
        "definition": "Rapid, one-off money for urgent protection needs such as security, legal, medical or relocation costs."
      },
      "security-support": {
        "label": "Physical security",
        "definition": "Physical security measures, or money for them, such as locks, cameras or safe transport."
      },
      "digital-security-support": {
        "label": "Digital security",
        "definition": "Help to secure devices, accounts and communications, or money for it."
      },
      "digital-incident-response": {
        "label": "Digital incident response",
        "definition": "Hands-on help when an account is hacked, a device is compromised, or a defender is doxxed or attacked online."
      },
      "legal-support": {
        "label": "Legal support",
        "definition": "Legal fees, finding a lawyer, legal advice or representation."
      },
      "medical-support": {
        "label": "Medical support",
        "definition": "The cost of medical care, or the care itself."
      },
      "psychosocial-support": {
        "label": "Psychosocial support",
        "definition": "Counselling, trauma care, healing and wellbeing support."
      },
      "temporary-relocation": {
        "label": "Temporary relocation",
        "definition": "Moving a defender away from danger for a limited time, within the country, the region or abroad."
      },
      "shelter": {
        "label": "Safe house or shelter",
        "definition": "A safe place to stay during an emergency."
      },
      "residency": {
        "label": "Residency or fellowship abroad",
        "definition": "A hosted residency, fellowship or academic position abroad lasting months or years."
      },
      "rest-respite": {
        "label": "Rest and respite",
        "definition": "Time away from a high-risk context to rest and recover."
      },
      "family-support": {
        "label": "Support for family",
        "definition": "Help for the family members of a defender at risk."
      },
      "living-costs": {
        "label": "Living costs",
        "definition": "Money for basic living costs while a defender is at risk, in hiding, detained or in exile."
      },
      "exile-support": {
        "label": "Support in exile",
        "definition": "Help for defenders forced to leave their country, such as support letters for asylum claims."
      },
      "equipment-replacement": {
        "label": "Equipment replacement",
        "definition": "Replacing equipment that was seized, stolen or destroyed."
      },
      "detention-support": {
        "label": "Support in detention",
        "definition": "Help while a defender is detained, such as prison visits or support after release."
      },
      "protective-accompaniment": {
        "label": "Protective accompaniment",
        "definition": "The physical presence of trained international observers beside threatened defenders."
      },
      "trial-observation": {
        "label": "Trial observation",
        "definition": "Observers at the trial of a defender, to deter abuse and report on fairness."
      },
      "urgent-appeals": {
        "label": "Urgent appeals",
        "definition": "Appeals to authorities on a defender's behalf, by letter or through a network of supporters."
      },
      "advocacy": {
        "label": "Advocacy",
        "definition": "Raising cases and patterns with governments, the United Nations, regional bodies or the public."
      },
      "mechanism-access": {
        "label": "Help to use mechanisms",
        "definition": "Help to use United Nations and regional human rights mechanisms."
      },
      "referral": {
        "label": "Referral",
        "definition": "Connecting a defender to other organisations that can help."
      },
      "safety-advice": {
        "label": "Safety advice",
        "definition": "Advice on risk assessment and safety planning."
      },
      "protection-training": {
        "label": "Protection training",
        "definition": "Training in risk analysis, security planning, digital security or documentation."
      },
      "documentation": {
        "label": "Documentation",
        "definition": "Recording attacks on defenders so that they can be acted on."
      },
      "solidarity-network": {
        "label": "Solidarity network",
        "definition": "A network of defenders and organisations that share alerts and mobilise support."
      },
      "core-funding": {
        "label": "Core or project funding",
        "definition": "Flexible, core or project grants to groups and organisations, not for emergencies."
      },
      "advocacy-grant": {
        "label": "Advocacy or resilience grant",
        "definition": "Money for a group's advocacy or resilience actions against restrictions on civic space."
      }
    }
  },
  "status": {
    "title": "Programme status",
    "description": "Whether a programme or mechanism takes requests now, as last seen.",
    "terms": {
      "open": {
        "label": "Open",
        "definition": "Takes requests."
      },
      "paused": {
        "label": "Paused",
        "definition": "Temporarily not taking requests, or taking them only in part."
      },
      "closed": {
        "label": "Closed",
        "definition": "No longer takes requests."
      }
    }
  },
  "system": {
    "title": "System",
    "description": "The international or regional system a mechanism belongs to.",
    "terms": {
      "united-nations": {
        "label": "United Nations",
        "definition": "The United Nations, its Human Rights Council, treaty bodies, Secretariat and agencies."
      },
      "african-union": {
        "label": "African Union",
        "definition": "The African human rights system: the African Commission and the African Court."
      },
      "ecowas": {
        "label": "ECOWAS",
        "definition": "The Economic Community of West African States."
      },
      "east-african-community": {
        "label": "East African Community",
        "definition": "The East African Community."
      },
      "organization-of-american-states": {
        "label": "Organization of American States",
        "definition": "The Inter-American system: the Inter-American Commission and Court."
      },
      "council-of-europe": {
        "label": "Council of Europe",
        "definition": "The Council of Europe, its Commissioner for Human Rights and the European Court of Human Rights."
      },
      "european-union": {
        "label": "European Union",
        "definition": "The European Union and its external action."
      },
      "osce": {
        "label": "OSCE",
        "definition": "The Organization for Security and Co-operation in Europe and its Office for Democratic Institutions and Human Rights."
      },
      "asean": {
        "label": "ASEAN",
        "definition": "The Association of Southeast Asian Nations."
      },
      "league-of-arab-states": {
        "label": "League of Arab States",
        "definition": "The League of Arab States and the Arab Charter on Human Rights."
      },
      "escazu-agreement": {
        "label": "Escazú Agreement",
        "definition": "The Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean."
      }
    }
  },
  "verification": {
    "title": "Verification level",
    "description": "How far a record's facts have been confirmed.",
    "terms": {
      "desk-research": {
        "label": "Desk research",
        "definition": "Drawn from published pages only; not confirmed with the organisation or mechanism."
      },
      "confirmed-with-organisation": {
        "label": "Confirmed with the organisation",
        "definition": "A named reviewer confirmed the facts with the organisation or mechanism itself."
      }
    }
  }
} as const satisfies Record<string, Vocabulary>;
