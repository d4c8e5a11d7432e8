// Generated from schemas/ by `npm run build`. Do not edit by hand.
/**
 * Any record of the directory.
 */
export type DirectoryRecord = Organisation | Mechanism;
/**
 * Stable identifier: lower-case words joined by hyphens, equal to the file name without its extension. Never reused; a renamed record keeps its old id.
 */
export type Id = string;
/**
 * One line or paragraph of plain text, without leading or trailing spaces. Markdown is not interpreted.
 */
export type Text = string;
/**
 * An absolute web address. The url-safety rule further requires https and a plain host name.
 */
export type Url = string;
/**
 * What kind of organisation a record describes.
 */
export type OrganisationType =
  | 'protection-organisation'
  | 'rapid-response-fund'
  | 'donor'
  | 'womens-fund'
  | 'consortium'
  | 'digital-security-helpline'
  | 'relocation-programme'
  | 'legal-defence'
  | 'journalist-support'
  | 'freedom-of-expression-network'
  | 'regional-network'
  | 'advocacy-organisation'
  | 'referral-service';
/**
 * A kind of help an organisation offers to defenders at risk.
 */
export type Service =
  | 'emergency-grant'
  | 'security-support'
  | 'digital-security-support'
  | 'digital-incident-response'
  | 'legal-support'
  | 'medical-support'
  | 'psychosocial-support'
  | 'temporary-relocation'
  | 'shelter'
  | 'residency'
  | 'rest-respite'
  | 'family-support'
  | 'living-costs'
  | 'exile-support'
  | 'equipment-replacement'
  | 'detention-support'
  | 'protective-accompaniment'
  | 'trial-observation'
  | 'urgent-appeals'
  | 'advocacy'
  | 'mechanism-access'
  | 'referral'
  | 'safety-advice'
  | 'protection-training'
  | 'documentation'
  | 'solidarity-network'
  | 'core-funding'
  | 'advocacy-grant';
/**
 * How an organisation or mechanism helps: directly, by referral, by advocacy or by examining complaints.
 */
export type ServiceMode = 'direct-support' | 'referral' | 'advocacy' | 'complaint';
/**
 * A group of people an organisation or mechanism serves.
 */
export type BeneficiaryGroup =
  | 'human-rights-defenders'
  | 'women-human-rights-defenders'
  | 'lgbtiq-defenders'
  | 'trans-non-binary-defenders'
  | 'young-activists'
  | 'journalists'
  | 'freelance-journalists'
  | 'citizen-journalists'
  | 'media-outlets'
  | 'writers'
  | 'artists'
  | 'scholars'
  | 'lawyers'
  | 'environmental-defenders'
  | 'trade-unionists'
  | 'civil-society-organisations'
  | 'womens-groups'
  | 'families-of-defenders'
  | 'women-and-girls'
  | 'any-person';
/**
 * Who can receive the support: a person, a group or an organisation.
 */
export type ApplicantType = 'individual' | 'group' | 'organisation';
/**
 * Who may ask for help or file a request.
 */
export type Requester =
  | 'self'
  | 'organisation-on-behalf'
  | 'third-party'
  | 'relative'
  | 'legal-representative'
  | 'host-organisation'
  | 'partner-organisation'
  | 'state';
/**
 * @minItems 1
 */
export type LocalisedTextList = LocalisedText[];
/**
 * A region or sub-region used to say where an organisation or mechanism works. The five top-level regions are the ones workshops are organised by; sub-regions name their parent region(s) in "parents".
 */
export type Region =
  | 'africa'
  | 'americas'
  | 'asia-pacific'
  | 'europe-central-asia'
  | 'middle-east-north-africa'
  | 'east-horn-africa'
  | 'great-lakes'
  | 'southern-africa'
  | 'west-africa'
  | 'central-africa'
  | 'north-africa'
  | 'latin-america-caribbean'
  | 'mesoamerica'
  | 'north-america'
  | 'south-asia'
  | 'southeast-asia'
  | 'east-asia'
  | 'pacific'
  | 'central-asia'
  | 'south-caucasus'
  | 'eastern-europe'
  | 'european-union'
  | 'gulf'
  | 'mashreq';
/**
 * ISO 3166-1 alpha-2 country or territory code (upper case), with the English name and the directory regions it belongs to. XK (Kosovo) is a user-assigned code in common use.
 */
export type Country =
  | 'AD'
  | 'AE'
  | 'AF'
  | 'AG'
  | 'AI'
  | 'AL'
  | 'AM'
  | 'AO'
  | 'AQ'
  | 'AR'
  | 'AS'
  | 'AT'
  | 'AU'
  | 'AW'
  | 'AX'
  | 'AZ'
  | 'BA'
  | 'BB'
  | 'BD'
  | 'BE'
  | 'BF'
  | 'BG'
  | 'BH'
  | 'BI'
  | 'BJ'
  | 'BL'
  | 'BM'
  | 'BN'
  | 'BO'
  | 'BQ'
  | 'BR'
  | 'BS'
  | 'BT'
  | 'BV'
  | 'BW'
  | 'BY'
  | 'BZ'
  | 'CA'
  | 'CC'
  | 'CD'
  | 'CF'
  | 'CG'
  | 'CH'
  | 'CI'
  | 'CK'
  | 'CL'
  | 'CM'
  | 'CN'
  | 'CO'
  | 'CR'
  | 'CU'
  | 'CV'
  | 'CW'
  | 'CX'
  | 'CY'
  | 'CZ'
  | 'DE'
  | 'DJ'
  | 'DK'
  | 'DM'
  | 'DO'
  | 'DZ'
  | 'EC'
  | 'EE'
  | 'EG'
  | 'EH'
  | 'ER'
  | 'ES'
  | 'ET'
  | 'FI'
  | 'FJ'
  | 'FK'
  | 'FM'
  | 'FO'
  | 'FR'
  | 'GA'
  | 'GB'
  | 'GD'
  | 'GE'
  | 'GF'
  | 'GG'
  | 'GH'
  | 'GI'
  | 'GL'
  | 'GM'
  | 'GN'
  | 'GP'
  | 'GQ'
  | 'GR'
  | 'GS'
  | 'GT'
  | 'GU'
  | 'GW'
  | 'GY'
  | 'HK'
  | 'HM'
  | 'HN'
  | 'HR'
  | 'HT'
  | 'HU'
  | 'ID'
  | 'IE'
  | 'IL'
  | 'IM'
  | 'IN'
  | 'IO'
  | 'IQ'
  | 'IR'
  | 'IS'
  | 'IT'
  | 'JE'
  | 'JM'
  | 'JO'
  | 'JP'
  | 'KE'
  | 'KG'
  | 'KH'
  | 'KI'
  | 'KM'
  | 'KN'
  | 'KP'
  | 'KR'
  | 'KW'
  | 'KY'
  | 'KZ'
  | 'LA'
  | 'LB'
  | 'LC'
  | 'LI'
  | 'LK'
  | 'LR'
  | 'LS'
  | 'LT'
  | 'LU'
  | 'LV'
  | 'LY'
  | 'MA'
  | 'MC'
  | 'MD'
  | 'ME'
  | 'MF'
  | 'MG'
  | 'MH'
  | 'MK'
  | 'ML'
  | 'MM'
  | 'MN'
  | 'MO'
  | 'MP'
  | 'MQ'
  | 'MR'
  | 'MS'
  | 'MT'
  | 'MU'
  | 'MV'
  | 'MW'
  | 'MX'
  | 'MY'
  | 'MZ'
  | 'NA'
  | 'NC'
  | 'NE'
  | 'NF'
  | 'NG'
  | 'NI'
  | 'NL'
  | 'NO'
  | 'NP'
  | 'NR'
  | 'NU'
  | 'NZ'
  | 'OM'
  | 'PA'
  | 'PE'
  | 'PF'
  | 'PG'
  | 'PH'
  | 'PK'
  | 'PL'
  | 'PM'
  | 'PN'
  | 'PR'
  | 'PS'
  | 'PT'
  | 'PW'
  | 'PY'
  | 'QA'
  | 'RE'
  | 'RO'
  | 'RS'
  | 'RU'
  | 'RW'
  | 'SA'
  | 'SB'
  | 'SC'
  | 'SD'
  | 'SE'
  | 'SG'
  | 'SH'
  | 'SI'
  | 'SJ'
  | 'SK'
  | 'SL'
  | 'SM'
  | 'SN'
  | 'SO'
  | 'SR'
  | 'SS'
  | 'ST'
  | 'SV'
  | 'SX'
  | 'SY'
  | 'SZ'
  | 'TC'
  | 'TD'
  | 'TF'
  | 'TG'
  | 'TH'
  | 'TJ'
  | 'TK'
  | 'TL'
  | 'TM'
  | 'TN'
  | 'TO'
  | 'TR'
  | 'TT'
  | 'TV'
  | 'TW'
  | 'TZ'
  | 'UA'
  | 'UG'
  | 'UM'
  | 'US'
  | 'UY'
  | 'UZ'
  | 'VA'
  | 'VC'
  | 'VE'
  | 'VG'
  | 'VI'
  | 'VN'
  | 'VU'
  | 'WF'
  | 'WS'
  | 'XK'
  | 'YE'
  | 'YT'
  | 'ZA'
  | 'ZM'
  | 'ZW';
/**
 * How a request reaches the programme.
 */
export type Access = 'open-application' | 'calls-for-applications' | 'through-partners' | 'invitation-only';
/**
 * The kind of a contact channel.
 */
export type ContactKind =
  | 'web-form'
  | 'email'
  | 'phone'
  | 'hotline'
  | 'messaging'
  | 'secure-channel'
  | 'pgp-key'
  | 'online-portal'
  | 'postal'
  | 'fax';
/**
 * One way to reach the organisation or mechanism. Which fields it takes besides the common ones depends on `kind`.
 */
export type Contact =
  | WebFormContact
  | EmailContact
  | PhoneContact
  | HotlineContact
  | MessagingContact
  | SecureChannelContact
  | PgpKeyContact
  | OnlinePortalContact
  | PostalContact
  | FaxContact;
export type WebFormContact = ContactCommon & {
  kind: 'web-form';
  url: Url;
};
/**
 * ISO 639-1 two-letter language code (lower case). The label is the English name.
 */
export type Language =
  | 'aa'
  | 'ab'
  | 'ae'
  | 'af'
  | 'ak'
  | 'am'
  | 'an'
  | 'ar'
  | 'as'
  | 'av'
  | 'ay'
  | 'az'
  | 'ba'
  | 'be'
  | 'bg'
  | 'bi'
  | 'bm'
  | 'bn'
  | 'bo'
  | 'br'
  | 'bs'
  | 'ca'
  | 'ce'
  | 'ch'
  | 'co'
  | 'cr'
  | 'cs'
  | 'cu'
  | 'cv'
  | 'cy'
  | 'da'
  | 'de'
  | 'dv'
  | 'dz'
  | 'ee'
  | 'el'
  | 'en'
  | 'eo'
  | 'es'
  | 'et'
  | 'eu'
  | 'fa'
  | 'ff'
  | 'fi'
  | 'fj'
  | 'fo'
  | 'fr'
  | 'fy'
  | 'ga'
  | 'gd'
  | 'gl'
  | 'gn'
  | 'gu'
  | 'gv'
  | 'ha'
  | 'he'
  | 'hi'
  | 'ho'
  | 'hr'
  | 'ht'
  | 'hu'
  | 'hy'
  | 'hz'
  | 'ia'
  | 'id'
  | 'ie'
  | 'ig'
  | 'ii'
  | 'ik'
  | 'io'
  | 'is'
  | 'it'
  | 'iu'
  | 'ja'
  | 'jv'
  | 'ka'
  | 'kg'
  | 'ki'
  | 'kj'
  | 'kk'
  | 'kl'
  | 'km'
  | 'kn'
  | 'ko'
  | 'kr'
  | 'ks'
  | 'ku'
  | 'kv'
  | 'kw'
  | 'ky'
  | 'la'
  | 'lb'
  | 'lg'
  | 'li'
  | 'ln'
  | 'lo'
  | 'lt'
  | 'lu'
  | 'lv'
  | 'mg'
  | 'mh'
  | 'mi'
  | 'mk'
  | 'ml'
  | 'mn'
  | 'mr'
  | 'ms'
  | 'mt'
  | 'my'
  | 'na'
  | 'nb'
  | 'nd'
  | 'ne'
  | 'ng'
  | 'nl'
  | 'nn'
  | 'no'
  | 'nr'
  | 'nv'
  | 'ny'
  | 'oc'
  | 'oj'
  | 'om'
  | 'or'
  | 'os'
  | 'pa'
  | 'pi'
  | 'pl'
  | 'ps'
  | 'pt'
  | 'qu'
  | 'rm'
  | 'rn'
  | 'ro'
  | 'ru'
  | 'rw'
  | 'sa'
  | 'sc'
  | 'sd'
  | 'se'
  | 'sg'
  | 'si'
  | 'sk'
  | 'sl'
  | 'sm'
  | 'sn'
  | 'so'
  | 'sq'
  | 'sr'
  | 'ss'
  | 'st'
  | 'su'
  | 'sv'
  | 'sw'
  | 'ta'
  | 'te'
  | 'tg'
  | 'th'
  | 'ti'
  | 'tk'
  | 'tl'
  | 'tn'
  | 'to'
  | 'tr'
  | 'ts'
  | 'tt'
  | 'tw'
  | 'ty'
  | 'ug'
  | 'uk'
  | 'ur'
  | 'uz'
  | 've'
  | 'vi'
  | 'vo'
  | 'wa'
  | 'wo'
  | 'xh'
  | 'yi'
  | 'yo'
  | 'za'
  | 'zh'
  | 'zu';
/**
 * Languages in which this channel can be used, as ISO 639-1 codes.
 *
 * @minItems 1
 */
export type Languages = Language[];
export type EmailContact = ContactCommon & {
  kind: 'email';
  address: Email;
};
/**
 * An e-mail address exactly as the organisation publishes it, without obfuscation.
 */
export type Email = string;
export type PhoneContact = ContactCommon & {
  kind: 'phone';
  number?: PhoneNumber;
  national_number?: NationalPhoneNumber;
  country?: Country;
};
/**
 * An international phone number: a plus sign, the country code and the number, digits separated by single spaces only (no trunk prefix such as "(0)").
 */
export type PhoneNumber = string;
/**
 * A number that only works inside one country, such as a toll-free number, written as published with digits, spaces and hyphens.
 */
export type NationalPhoneNumber = string;
export type HotlineContact = ContactCommon & {
  kind: 'hotline';
  number: PhoneNumber;
};
export type MessagingContact = ContactCommon & {
  kind: 'messaging';
  app: 'signal' | 'whatsapp' | 'telegram' | 'skype' | 'wire' | 'element';
  number?: PhoneNumber;
  handle?: string;
  url?: Url;
};
/**
 * An encrypted contact route, or the published process for setting one up (give `url` or `note`).
 */
export type SecureChannelContact = ContactCommon & {
  kind: 'secure-channel';
  url?: Url;
};
export type PgpKeyContact = ContactCommon & {
  kind: 'pgp-key';
  /**
   * The full 40-hex-digit OpenPGP v4 fingerprint (upper case, spaces between groups allowed).
   */
  fingerprint: string;
  for_address?: Email;
  key_url?: Url;
};
export type OnlinePortalContact = ContactCommon & {
  kind: 'online-portal';
  url: Url;
};
export type PostalContact = ContactCommon & {
  kind: 'postal';
  /**
   * The address lines, one item per line, as published.
   *
   * @minItems 2
   * @maxItems 10
   */
  address: string[];
  country?: Country;
};
export type FaxContact = ContactCommon & {
  kind: 'fax';
  number: PhoneNumber;
};
/**
 * Whether a programme or mechanism takes requests now, as last seen.
 */
export type ProgrammeStatus = 'open' | 'paused' | 'closed';
/**
 * A calendar date, YYYY-MM-DD.
 */
export type IsoDate = string;
/**
 * ISO 4217 alphabetic code of a currency in current use (upper case). The label is the English name.
 */
export type Currency =
  | 'AED'
  | 'AFN'
  | 'ALL'
  | 'AMD'
  | 'AOA'
  | 'ARS'
  | 'AUD'
  | 'AWG'
  | 'AZN'
  | 'BAM'
  | 'BBD'
  | 'BDT'
  | 'BGN'
  | 'BHD'
  | 'BIF'
  | 'BMD'
  | 'BND'
  | 'BOB'
  | 'BRL'
  | 'BSD'
  | 'BTN'
  | 'BWP'
  | 'BYN'
  | 'BZD'
  | 'CAD'
  | 'CDF'
  | 'CHF'
  | 'CLP'
  | 'CNY'
  | 'COP'
  | 'CRC'
  | 'CUP'
  | 'CVE'
  | 'CZK'
  | 'DJF'
  | 'DKK'
  | 'DOP'
  | 'DZD'
  | 'EGP'
  | 'ERN'
  | 'ETB'
  | 'EUR'
  | 'FJD'
  | 'FKP'
  | 'GBP'
  | 'GEL'
  | 'GHS'
  | 'GIP'
  | 'GMD'
  | 'GNF'
  | 'GTQ'
  | 'GYD'
  | 'HKD'
  | 'HNL'
  | 'HTG'
  | 'HUF'
  | 'IDR'
  | 'ILS'
  | 'INR'
  | 'IQD'
  | 'IRR'
  | 'ISK'
  | 'JMD'
  | 'JOD'
  | 'JPY'
  | 'KES'
  | 'KGS'
  | 'KHR'
  | 'KMF'
  | 'KPW'
  | 'KRW'
  | 'KWD'
  | 'KYD'
  | 'KZT'
  | 'LAK'
  | 'LBP'
  | 'LKR'
  | 'LRD'
  | 'LSL'
  | 'LYD'
  | 'MAD'
  | 'MDL'
  | 'MGA'
  | 'MKD'
  | 'MMK'
  | 'MNT'
  | 'MOP'
  | 'MRU'
  | 'MUR'
  | 'MVR'
  | 'MWK'
  | 'MXN'
  | 'MYR'
  | 'MZN'
  | 'NAD'
  | 'NGN'
  | 'NIO'
  | 'NOK'
  | 'NPR'
  | 'NZD'
  | 'OMR'
  | 'PAB'
  | 'PEN'
  | 'PGK'
  | 'PHP'
  | 'PKR'
  | 'PLN'
  | 'PYG'
  | 'QAR'
  | 'RON'
  | 'RSD'
  | 'RUB'
  | 'RWF'
  | 'SAR'
  | 'SBD'
  | 'SCR'
  | 'SDG'
  | 'SEK'
  | 'SGD'
  | 'SHP'
  | 'SLE'
  | 'SOS'
  | 'SRD'
  | 'SSP'
  | 'STN'
  | 'SVC'
  | 'SYP'
  | 'SZL'
  | 'THB'
  | 'TJS'
  | 'TMT'
  | 'TND'
  | 'TOP'
  | 'TRY'
  | 'TTD'
  | 'TWD'
  | 'TZS'
  | 'UAH'
  | 'UGX'
  | 'USD'
  | 'UYU'
  | 'UZS'
  | 'VES'
  | 'VND'
  | 'VUV'
  | 'WST'
  | 'XAF'
  | 'XCD'
  | 'XCG'
  | 'XOF'
  | 'XPF'
  | 'YER'
  | 'ZAR'
  | 'ZMW'
  | 'ZWG';
/**
 * How one record relates to another. A relation with an inverse must be stated on both records.
 */
export type RelationType =
  | 'sister-fund'
  | 'member-of'
  | 'has-member'
  | 'part-of'
  | 'has-part'
  | 'secretariat-of'
  | 'has-secretariat'
  | 'administers'
  | 'administered-by'
  | 'works-with'
  | 'refers-to'
  | 'successor-of'
  | 'succeeded-by';
/**
 * How the last review was done.
 */
export type ReviewMethod = 'published-sources' | 'contact-with-organisation' | 'submitted-by-organisation';
/**
 * How far a record's facts have been confirmed.
 */
export type VerificationLevel = 'desk-research' | 'confirmed-with-organisation';
/**
 * The international or regional system a mechanism belongs to.
 */
export type System =
  | 'united-nations'
  | 'african-union'
  | 'ecowas'
  | 'east-african-community'
  | 'organization-of-american-states'
  | 'council-of-europe'
  | 'european-union'
  | 'osce'
  | 'asean'
  | 'league-of-arab-states'
  | 'escazu-agreement';
/**
 * What kind of body or instrument a mechanism record describes.
 */
export type MechanismType =
  | 'special-procedure'
  | 'treaty-body'
  | 'charter-body-procedure'
  | 'un-official'
  | 'regional-commission'
  | 'regional-rapporteur'
  | 'regional-court'
  | 'sub-regional-court'
  | 'intergovernmental-office'
  | 'policy-guidelines'
  | 'compliance-committee'
  | 'alert-platform';
/**
 * A way a mechanism acts on information it receives.
 */
export type ProcedureType =
  | 'urgent-appeal'
  | 'allegation-letter'
  | 'individual-complaint'
  | 'urgent-action'
  | 'precautionary-measures'
  | 'interim-measures'
  | 'provisional-measures'
  | 'pattern-complaint'
  | 'reprisals-follow-up'
  | 'country-visit'
  | 'public-statement'
  | 'thematic-report'
  | 'state-report-review'
  | 'diplomatic-support'
  | 'alert';

/**
 * An organisation or programme that protects or funds defenders at risk: a donor with security funds, a rapid-response fund, a protection, relocation, legal, medical, psychosocial or digital-security service, a helpline, or a network.
 */
export interface Organisation {
  id: Id;
  name: LocalisedText;
  acronym?: string;
  summary: LocalisedText;
  website?: Url;
  /**
   * What kind of organisation it is.
   *
   * @minItems 1
   */
  types: OrganisationType[];
  /**
   * What help it offers.
   *
   * @minItems 1
   */
  services: Service[];
  /**
   * How it helps.
   *
   * @minItems 1
   */
  service_mode?: ServiceMode[];
  /**
   * Who it serves.
   *
   * @minItems 1
   */
  beneficiaries?: BeneficiaryGroup[];
  /**
   * Whether it supports individuals, groups or organisations.
   *
   * @minItems 1
   */
  applicant_types?: ApplicantType[];
  /**
   * Who may make the request.
   *
   * @minItems 1
   */
  requesters?: Requester[];
  eligibility?: Eligibility;
  coverage: Coverage;
  how_to_request?: HowToRequest;
  /**
   * @minItems 1
   */
  contacts?: Contact[];
  response_time?: Duration;
  status?: Status;
  confidentiality?: Confidentiality;
  expectations?: Expectations;
  disbursement_time?: Duration;
  /**
   * Stated grant amounts, each with currency and the date seen.
   *
   * @minItems 1
   */
  amounts?: Amount[];
  /**
   * @minItems 1
   */
  relations?: Relation[];
  /**
   * Every page the facts come from, with the date each was consulted.
   *
   * @minItems 1
   */
  sources: Source[];
  review: Review;
}
/**
 * Text in English (required) and optionally in other languages, keyed by ISO 639-1 code.
 */
export interface LocalisedText {
  en: Text;
  [k: string]: Text;
}
/**
 * Who can get help, with conditions and exclusions in plain words.
 */
export interface Eligibility {
  requirements?: LocalisedTextList;
  exclusions?: LocalisedTextList;
  time_limit?: TimeLimit;
  /**
   * Whether a group must be legally registered.
   */
  registration_required?: boolean;
  /**
   * Whether a referee or vouching organisation is needed.
   */
  referee_required?: boolean;
  language_requirement?: LocalisedText;
  /**
   * Whether national remedies must be tried first.
   */
  domestic_remedies?: 'must-be-exhausted' | 'exhausted-unless-ineffective' | 'not-required';
  note?: LocalisedText;
}
/**
 * How soon a request must be made after the events.
 */
export interface TimeLimit {
  max: number;
  unit: 'days' | 'weeks' | 'months' | 'years';
  from: LocalisedText;
  note?: LocalisedText;
}
/**
 * Where the organisation or mechanism can help: the whole world, or listed regions and countries.
 */
export interface Coverage {
  /**
   * Works for defenders anywhere in the world.
   */
  global?: true;
  /**
   * @minItems 1
   */
  regions?: Region[];
  /**
   * @minItems 1
   */
  countries?: Country[];
  /**
   * @minItems 1
   */
  excluded_countries?: Country[];
  note?: LocalisedText;
}
/**
 * How to ask for help, in practical steps.
 */
export interface HowToRequest {
  access?: Access;
  steps?: LocalisedTextList;
  first_contact?: LocalisedText;
  /**
   * Kinds of channel the source says are not accepted.
   *
   * @minItems 1
   */
  channels_not_accepted?: ContactKind[];
  documents?: LocalisedTextList;
  note?: LocalisedText;
}
/**
 * Fields every contact channel may carry.
 */
export interface ContactCommon {
  label?: LocalisedText;
  languages?: Languages;
  /**
   * The source says requests are accepted in any language.
   */
  any_language?: boolean;
  hours?: Hours;
  /**
   * The channel itself is encrypted end to end and the source says it is safe for sensitive details.
   */
  secure?: boolean;
  /**
   * Whether to send sensitive details through this channel: `avoid` when the source says to ask for a secure channel first.
   */
  sensitive_details?: 'avoid' | 'accepted';
  note?: LocalisedText;
  source?: Url;
}
/**
 * When a channel is answered.
 */
export interface Hours {
  /**
   * Answered 24 hours a day, every day of the year.
   */
  always_open?: boolean;
  description?: LocalisedText;
}
/**
 * A stated length of time: a range (min and max), an upper bound (max) or a lower bound (min).
 */
export interface Duration {
  min?: number;
  max?: number;
  unit: 'hours' | 'days' | 'weeks' | 'months' | 'years';
  note?: LocalisedText;
}
/**
 * Whether the programme or mechanism takes requests, as seen on a cited page on a given date.
 */
export interface Status {
  value: ProgrammeStatus;
  seen: IsoDate;
  source: Url;
  note?: LocalisedText;
}
/**
 * What happens to what a defender submits: consent, anonymity, confidentiality, sharing and vetting.
 */
export interface Confidentiality {
  /**
   * The person concerned must consent before action is taken or before they are named.
   */
  consent_required?: boolean;
  /**
   * Whether a request may be made without giving the author's identity.
   */
  anonymity_allowed?: boolean;
  /**
   * Whether the author's or person's identity is kept from the State or the public.
   */
  identity_kept_confidential?: boolean;
  vetting?: LocalisedText;
  data_sharing?: LocalisedText;
  note?: LocalisedText;
}
/**
 * What a defender can realistically expect.
 */
export interface Expectations {
  /**
   * false when the source says help is not guaranteed.
   */
  guaranteed?: boolean;
  /**
   * true when the source advises seeking other support at the same time.
   */
  apply_in_parallel?: boolean;
  note?: LocalisedText;
}
/**
 * A stated grant amount: a ceiling (max), a floor (min), a range, or an average, in one currency, with the date and page it was seen on.
 */
export interface Amount {
  label?: LocalisedText;
  min?: number;
  max?: number;
  average?: number;
  currency: Currency;
  /**
   * What the amount is counted per.
   */
  per: 'grant' | 'year' | 'application' | 'project' | 'joint-application';
  seen: IsoDate;
  source: Url;
  note?: LocalisedText;
}
export interface Relation {
  type: RelationType;
  id: Id;
  note?: LocalisedText;
}
/**
 * A published page that states facts in this record.
 */
export interface Source {
  url: Url;
  consulted: IsoDate;
  title?: Text;
  /**
   * The page is not the organisation's or mechanism's own: a copy, directory or article quoting it.
   */
  third_party?: boolean;
  page_date?: IsoDate;
  note?: LocalisedText;
}
/**
 * How and when the record was last checked, and how far its facts are confirmed.
 */
export interface Review {
  date: IsoDate;
  /**
   * Who reviewed: a GitHub handle such as @name, or the team that did desk research. Never a defender.
   */
  by: string;
  method: ReviewMethod;
  verification: VerificationLevel;
  note?: LocalisedText;
}
/**
 * An international or regional protection mechanism: a UN special procedure, treaty body or office, a regional commission, rapporteur or court, or a set of State guidelines.
 */
export interface Mechanism {
  id: Id;
  name: LocalisedText;
  acronym?: string;
  summary: LocalisedText;
  website?: Url;
  system: System;
  type: MechanismType;
  /**
   * How it acts on information it receives.
   *
   * @minItems 1
   */
  procedures?: MechanismProcedure[];
  limits: LocalisedTextList;
  /**
   * How it helps.
   *
   * @minItems 1
   */
  service_mode?: ServiceMode[];
  /**
   * Who it serves.
   *
   * @minItems 1
   */
  beneficiaries?: BeneficiaryGroup[];
  /**
   * Whether it supports individuals, groups or organisations.
   *
   * @minItems 1
   */
  applicant_types?: ApplicantType[];
  /**
   * Who may make the request.
   *
   * @minItems 1
   */
  requesters?: Requester[];
  eligibility?: Eligibility;
  coverage: Coverage;
  how_to_request?: HowToRequest;
  /**
   * @minItems 1
   */
  contacts?: Contact[];
  response_time?: Duration;
  status?: Status;
  confidentiality?: Confidentiality;
  expectations?: Expectations;
  /**
   * @minItems 1
   */
  relations?: Relation[];
  /**
   * Every page the facts come from, with the date each was consulted.
   *
   * @minItems 1
   */
  sources: Source[];
  review: Review;
}
export interface MechanismProcedure {
  type: ProcedureType;
  description?: LocalisedText;
  /**
   * For situations that cannot wait.
   */
  urgent?: boolean;
}
