// Generated from data/ by `npm run build`. Do not edit by hand.
import type { MechanismEntry, OrganisationEntry } from '../../src/query.js';

/** Every organisation record, sorted by id. */
export const organisations: readonly OrganisationEntry[] = [
  {
    "kind": "organisation",
    "id": "access-now-digital-security-helpline",
    "name": {
      "en": "Access Now Digital Security Helpline"
    },
    "summary": {
      "en": "Free helpline, open 24 hours a day, that helps activists, researchers, journalists, bloggers, media and human rights defenders with digital security problems only. Write to it by e-mail; it answers within two hours to set up a secure channel, and it vets cases before helping."
    },
    "website": "https://www.accessnow.org/help/",
    "types": [
      "digital-security-helpline"
    ],
    "services": [
      "digital-security-support",
      "digital-incident-response"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "human-rights-defenders",
      "journalists",
      "citizen-journalists",
      "media-outlets"
    ],
    "eligibility": {
      "exclusions": [
        {
          "en": "Anything other than digital security."
        }
      ]
    },
    "coverage": {
      "global": true
    },
    "how_to_request": {
      "access": "open-application",
      "first_contact": {
        "en": "Send a first e-mail; the Helpline replies within two hours to set up a secure communication channel."
      }
    },
    "contacts": [
      {
        "kind": "email",
        "address": "help@accessnow.org",
        "hours": {
          "always_open": true
        },
        "source": "https://www.accessnow.org/help/helpline-faq/"
      }
    ],
    "response_time": {
      "max": 2,
      "unit": "hours",
      "note": {
        "en": "First reply, to set up a secure channel."
      }
    },
    "confidentiality": {
      "vetting": {
        "en": "Cases are vetted before help is given."
      }
    },
    "sources": [
      {
        "url": "https://www.accessnow.org/help/helpline-faq/",
        "consulted": "2026-11-25"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "africandefenders",
    "name": {
      "en": "AfricanDefenders (Pan-African Human Rights Defenders Network)"
    },
    "summary": {
      "en": "Pan-African network of five sub-regional defender networks. Through its Africa HRD Fund and Ubuntu Hub Cities it relocates human rights defenders at risk because of their work to cities within Africa, such as Accra, as a last resort, deciding each case separately. Send the application form with documents by e-mail; someone else may apply for the defender. Referees are contacted and the process may take time, so look for other support meanwhile."
    },
    "website": "https://africandefenders.org/",
    "types": [
      "regional-network",
      "relocation-programme"
    ],
    "services": [
      "temporary-relocation"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "human-rights-defenders"
    ],
    "requesters": [
      "self",
      "third-party"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The defender is at risk because of their human rights work."
        },
        {
          "en": "The defender can document their work and the risks they face."
        },
        {
          "en": "Relocation is a last resort, after remedies inside the country have been tried."
        }
      ],
      "referee_required": true,
      "note": {
        "en": "Placement is decided case by case, taking into account the risk, the prospects of integration, available funding and the host country's immigration rules."
      }
    },
    "coverage": {
      "regions": [
        "africa"
      ],
      "note": {
        "en": "Relocation is to Hub Cities within Africa."
      }
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Fill in the application form and e-mail it with supporting documents."
        },
        {
          "en": "Give referees; they will be contacted to verify the application."
        }
      ],
      "note": {
        "en": "The organisation's own page hides the e-mail address. A 2021 third-party list gives the address below and says the forms are available in English, French, Portuguese and Arabic."
      }
    },
    "contacts": [
      {
        "kind": "email",
        "label": {
          "en": "Ubuntu Hub Cities applications"
        },
        "address": "hubcities@defenddefenders.org",
        "source": "https://rfkhumanrights.org/news/emergency-funding-support-for-human-rights-defenders-and-journalists",
        "note": {
          "en": "Given in a 2021 third-party list; not shown on the organisation's own page."
        }
      }
    ],
    "confidentiality": {
      "vetting": {
        "en": "Referees named in the application are contacted to verify it."
      },
      "note": {
        "en": "The information given is kept confidential."
      }
    },
    "expectations": {
      "apply_in_parallel": true,
      "note": {
        "en": "The process may take some time, so applicants should look for other support in the meantime."
      }
    },
    "relations": [
      {
        "type": "has-secretariat",
        "id": "defenddefenders"
      },
      {
        "type": "has-member",
        "id": "southern-africa-human-rights-defenders-network"
      },
      {
        "type": "has-member",
        "id": "west-african-human-rights-defenders-network"
      }
    ],
    "sources": [
      {
        "url": "https://africandefenders.org/get-help-africahrdfund/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.ned.org/africandefenders-expands-network-to-keep-activists-across-africa-safe-but-not-silent/",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://rfkhumanrights.org/news/emergency-funding-support-for-human-rights-defenders-and-journalists",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "2021 list of emergency funding sources; gives the application e-mail address and form languages."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "agir-ensemble-pour-les-droits-de-lhomme",
    "name": {
      "en": "Agir Ensemble pour les Droits de l'Homme"
    },
    "acronym": "AEDH",
    "summary": {
      "en": "Emergency fund, known here only from third-party descriptions, that gives financial and legal support to human rights defenders, including journalists, lawyers and union organisers, threatened because of their work. Support can cover evacuation, social and relocation help, legal help, medical care after violence or torture, and interventions with the authorities. Make contact through the form on its website; e-mails are checked daily. The sources give no region, amounts or languages."
    },
    "types": [
      "rapid-response-fund"
    ],
    "services": [
      "emergency-grant",
      "temporary-relocation",
      "legal-support",
      "medical-support",
      "advocacy"
    ],
    "service_mode": [
      "direct-support",
      "advocacy"
    ],
    "beneficiaries": [
      "human-rights-defenders",
      "journalists",
      "lawyers",
      "trade-unionists"
    ],
    "applicant_types": [
      "individual"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "A human rights defender threatened because of their work."
        }
      ]
    },
    "coverage": {
      "global": true,
      "note": {
        "en": "The sources do not say in which countries or regions it works."
      }
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Write through the contact form on the organisation's website."
        }
      ],
      "note": {
        "en": "According to a third-party description, e-mails are checked every day."
      }
    },
    "sources": [
      {
        "url": "https://opportunitypoint.org/human-rights-defenders/",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Third-party list of funding for human rights defenders."
        }
      },
      {
        "url": "https://rfkhumanrights.org/news/emergency-funding-support-for-human-rights-defenders-and-journalists",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Third-party list of emergency funding (2021)."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "american-jewish-world-service",
    "name": {
      "en": "American Jewish World Service"
    },
    "acronym": "AJWS",
    "summary": {
      "en": "Grantmaker that says it gives emergency rapid response grants to human rights defenders and their organisations, for example for relocation or legal aid, and supports holistic security. The source does not say how to ask for a grant or in which countries."
    },
    "website": "https://ajws.org/",
    "types": [
      "donor",
      "rapid-response-fund"
    ],
    "services": [
      "emergency-grant",
      "temporary-relocation",
      "legal-support"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "human-rights-defenders",
      "civil-society-organisations"
    ],
    "coverage": {
      "regions": [
        "africa",
        "latin-america-caribbean",
        "asia-pacific"
      ],
      "note": {
        "en": "The source does not say where AJWS works: it mentions the countries where it works without naming them. The regions given are an assumption, not taken from the source; check before asking."
      }
    },
    "sources": [
      {
        "url": "https://ajws.org/blog/five-ways-for-grantmakers-to-support-human-rights-defenders/",
        "consulted": "2026-11-25",
        "title": "Five Ways for Grantmakers to Support Human Rights Defenders"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "amnesty-international-urgent-action",
    "name": {
      "en": "Amnesty International – Urgent Action network"
    },
    "summary": {
      "en": "When an individual is at immediate risk, Amnesty International issues an Urgent Action and members of its network quickly send appeals to the authorities. It covers prisoners of conscience, human rights defenders, disappearances, torture, the death penalty and unfair trials, with about 15 to 20 actions a week. It is an appeal network, not material aid, and it cannot take up every case reported to it; the sources do not say how to submit a case."
    },
    "website": "https://www.amnesty.org/",
    "types": [
      "advocacy-organisation"
    ],
    "services": [
      "urgent-appeals"
    ],
    "service_mode": [
      "advocacy"
    ],
    "beneficiaries": [
      "human-rights-defenders",
      "any-person"
    ],
    "applicant_types": [
      "individual"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "An individual at immediate risk."
        }
      ]
    },
    "coverage": {
      "global": true
    },
    "expectations": {
      "guaranteed": false,
      "note": {
        "en": "Amnesty says it cannot campaign for all the cases reported to its International Secretariat in London."
      }
    },
    "sources": [
      {
        "url": "https://amnesty.org.uk/urgent",
        "consulted": "2026-11-25",
        "note": {
          "en": "Page of Amnesty International UK; gives about 165,000 network members."
        }
      },
      {
        "url": "https://www.amnesty.se/engagera-dig/agera/om-urgent-actions-blixtaktioner/",
        "consulted": "2026-11-25",
        "note": {
          "en": "Page of the Swedish section; gives about 15 to 20 actions a week."
        }
      },
      {
        "url": "https://www.amnesty.org.hk/en/our-work/urgent-action/",
        "consulted": "2026-11-25",
        "note": {
          "en": "Page of the Hong Kong section; says Amnesty cannot campaign for all the cases."
        }
      },
      {
        "url": "https://www.amnestyusa.org/take-action/urgent-action-network/",
        "consulted": "2026-11-25",
        "note": {
          "en": "Page of Amnesty International USA."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "apwld",
    "name": {
      "en": "Asia Pacific Forum on Women, Law and Development"
    },
    "acronym": "APWLD",
    "summary": {
      "en": "Feminist membership network of organisations and individuals in Asia and the Pacific, founded in 1986 and based in Chiang Mai, Thailand, with 295 members in 31 countries and territories in 2023. Defending women human rights defenders is one of the areas of impact in its 2018 annual report. The sources seen describe no emergency support and no way to ask for help."
    },
    "website": "https://apwld.org/",
    "types": [
      "regional-network"
    ],
    "services": [
      "advocacy"
    ],
    "service_mode": [
      "advocacy"
    ],
    "beneficiaries": [
      "women-human-rights-defenders"
    ],
    "coverage": {
      "regions": [
        "asia-pacific"
      ],
      "note": {
        "en": "Members in 31 countries and territories of Asia and the Pacific (2023)."
      }
    },
    "sources": [
      {
        "url": "https://wikimili.com/en/Asia_Pacific_Forum_on_Women,_Law_and_Development",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Encyclopedia copy; gives the founding year, base and membership."
        }
      },
      {
        "url": "https://vdocuments.site/apwld-programme-organising-committees-apwld-is-governed-by-a-programme-and-management.html",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Copy of the APWLD Annual Report 2018."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "arab-human-rights-fund",
    "name": {
      "en": "Arab Human Rights Fund"
    },
    "acronym": "AHRF",
    "summary": {
      "en": "Grant-maker for human rights work in the Arab region, known here only from a third-party description. It takes letters of inquiry at any time through an online grants portal and has an urgent approval process for short-lived or emergency opportunities. The sources give no amounts, languages or web address."
    },
    "types": [
      "donor"
    ],
    "services": [
      "core-funding"
    ],
    "service_mode": [
      "direct-support"
    ],
    "coverage": {
      "regions": [
        "middle-east-north-africa"
      ],
      "note": {
        "en": "The Arab region."
      }
    },
    "how_to_request": {
      "access": "open-application",
      "steps": [
        {
          "en": "Send a letter of inquiry through the fund's online grants portal; inquiries are taken on a rolling basis."
        },
        {
          "en": "An urgent approval process exists for short-lived or emergency opportunities."
        }
      ]
    },
    "sources": [
      {
        "url": "https://opportunitypoint.org/human-rights-defenders/",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Third-party list of funding for human rights defenders."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "artists-at-risk-connection",
    "name": {
      "en": "Artists at Risk Connection"
    },
    "acronym": "ARC",
    "summary": {
      "en": "Programme launched by PEN America in 2017, now independent, that helps artists and cultural workers at risk in all regions. It links them to a network of organisations offering emergency funds, legal help and temporary relocation; its newer home page says it also gives direct assistance, including securing funds and relocation, while older pages said it made no grants and gave no direct services. Write through its encrypted contact form in Arabic, English, French, Mandarin, Russian or Spanish; a reply is expected within 72 hours."
    },
    "website": "https://artistsatriskconnection.org/",
    "types": [
      "referral-service",
      "protection-organisation"
    ],
    "services": [
      "referral",
      "temporary-relocation"
    ],
    "service_mode": [
      "referral",
      "direct-support"
    ],
    "beneficiaries": [
      "artists"
    ],
    "applicant_types": [
      "individual"
    ],
    "coverage": {
      "global": true
    },
    "how_to_request": {
      "access": "open-application",
      "steps": [
        {
          "en": "Fill in the encrypted contact form on the ARC website; the message is marked urgent."
        }
      ]
    },
    "contacts": [
      {
        "kind": "secure-channel",
        "label": {
          "en": "Encrypted contact form"
        },
        "note": {
          "en": "Encrypted contact form on the ARC website; messages are marked urgent."
        },
        "languages": [
          "ar",
          "en",
          "fr",
          "zh",
          "ru",
          "es"
        ],
        "source": "https://artistsatriskconnection.org/story/art-on-lockdown"
      }
    ],
    "response_time": {
      "max": 72,
      "unit": "hours",
      "note": {
        "en": "Stated for the contact form."
      }
    },
    "sources": [
      {
        "url": "https://artistsatriskconnection.org",
        "consulted": "2026-11-25",
        "note": {
          "en": "Newer home page; says ARC provides direct assistance and lists all regions."
        }
      },
      {
        "url": "https://artistsatriskconnection.org/story/art-on-lockdown",
        "consulted": "2026-11-25",
        "note": {
          "en": "Older page; says ARC is not a grantmaking programme and refers artists to organisations that give direct services."
        }
      },
      {
        "url": "https://artistsatriskconnection.org/?p=9785",
        "consulted": "2026-11-25"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "astraea-lesbian-foundation-for-justice",
    "name": {
      "en": "Astraea Lesbian Foundation for Justice"
    },
    "summary": {
      "en": "LGBTQI+ funder based in New York that gives long-term, trust-based funding. Its International Fund covers Latin America, the Caribbean, Asia and the Pacific, Africa, Europe, Central Asia and the Caucasus, and Southwest Asia; it also has a U.S. Fund and a global, intersex-led Intersex Human Rights Fund that gives flexible multi-year core support to unregistered and underfunded groups. The sources give no emergency grants, amounts or way to apply."
    },
    "website": "https://astraeafoundation.org/",
    "types": [
      "donor"
    ],
    "services": [
      "core-funding"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "lgbtiq-defenders",
      "civil-society-organisations"
    ],
    "applicant_types": [
      "group"
    ],
    "eligibility": {
      "note": {
        "en": "The Intersex Human Rights Fund supports unregistered and underfunded intersex-led groups."
      }
    },
    "coverage": {
      "global": true,
      "note": {
        "en": "International Fund: Latin America, the Caribbean, Asia and the Pacific, Africa, Europe, Central Asia and the Caucasus, and Southwest Asia. U.S. Fund: the United States. The Intersex Human Rights Fund is global."
      }
    },
    "sources": [
      {
        "url": "https://astraeafoundation.org/location/new-york/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://astraeafoundation.org/story_type/blog/",
        "consulted": "2026-11-25"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "calala-fondo-de-mujeres",
    "name": {
      "en": "Calala Fondo de Mujeres"
    },
    "summary": {
      "en": "Women's fund based in Barcelona, active since 2009, that funds women's and feminist groups in Central America, Mexico and Spain, including migrant women's groups in Spain. In 2019 it gave EUR 678,915 to 61 organisations, 44% of it for the integral protection of women human rights defenders and safe activism, and it has funded a shelter house for defenders. Grants are given by invitation or through open calls, with a fast procedure for urgent needs such as paying a lawyer for a trial."
    },
    "website": "https://calala.org/",
    "types": [
      "womens-fund",
      "donor"
    ],
    "services": [
      "core-funding",
      "emergency-grant"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "womens-groups",
      "women-human-rights-defenders"
    ],
    "applicant_types": [
      "group",
      "organisation"
    ],
    "eligibility": {
      "registration_required": false,
      "note": {
        "en": "In 2019, 42% of the groups it funded had no legal registration."
      }
    },
    "coverage": {
      "regions": [
        "mesoamerica"
      ],
      "countries": [
        "ES"
      ],
      "note": {
        "en": "Central America and Mexico, and Spain (including migrant women's groups)."
      }
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Grants are given by invitation or through open calls."
        },
        {
          "en": "For urgent needs, such as paying a lawyer for a trial, a fast procedure exists."
        }
      ],
      "note": {
        "en": "The website is in Spanish. The sources give no grant ceilings."
      }
    },
    "sources": [
      {
        "url": "https://calala.org/las-dudas-que-me-despierta-calala/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.calala.org/estrenamos-nuevo-boletin-feminista/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.mujeresaseguir.com/social/noticia/1176563048615/tenemos-red-muy-potente-de-mujeres-ganas-de-apoyar-otras-mujeres.1.html",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Interview."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "central-american-womens-fund",
    "name": {
      "en": "Central American Women's Fund"
    },
    "acronym": "FCAM",
    "summary": {
      "en": "Women's fund for Central America and co-founder of IM-Defensoras, the Mesoamerican network of women human rights defenders. Within that initiative it shares out resources among the member organisations and networks and manages rapid response funds for the security and self-care of activists. The source gives no amounts and does not say how to ask for support."
    },
    "website": "https://fcmujeres.org/",
    "types": [
      "womens-fund",
      "rapid-response-fund"
    ],
    "services": [
      "emergency-grant",
      "security-support"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "women-human-rights-defenders"
    ],
    "coverage": {
      "regions": [
        "mesoamerica"
      ]
    },
    "relations": [
      {
        "type": "works-with",
        "id": "im-defensoras",
        "note": {
          "en": "Co-founder of IM-Defensoras; manages its rapid response funds."
        }
      }
    ],
    "sources": [
      {
        "url": "https://fcmujeres.org/en/alianza-e-iniciativas-conjuntas/iniciativa-mesoamericana-sobre-defensoras-de-derechos-humanos/",
        "consulted": "2026-11-25",
        "note": {
          "en": "Page on the Mesoamerican Initiative of Women Human Rights Defenders."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "civicert",
    "name": {
      "en": "CiviCERT"
    },
    "summary": {
      "en": "Network of rapid responders, digital security help desks and infrastructure providers that serve civil society, accredited by Trusted Introducer. Through its members it handles digital security incidents: triage that starts by setting up a secure channel, then coordination, resolution and malware analysis. It maintains the Digital First Aid Kit, which also helps people reach member help desks; the sources give no direct intake address for the network itself."
    },
    "website": "https://www.civicert.org/",
    "types": [
      "consortium",
      "referral-service"
    ],
    "services": [
      "digital-incident-response",
      "referral"
    ],
    "service_mode": [
      "referral"
    ],
    "beneficiaries": [
      "civil-society-organisations"
    ],
    "coverage": {
      "global": true,
      "note": {
        "en": "The sources do not say in which countries or regions its members help."
      }
    },
    "how_to_request": {
      "access": "through-partners",
      "steps": [
        {
          "en": "Use the Digital First Aid Kit to find and contact a member help desk."
        }
      ],
      "first_contact": {
        "en": "Member help desks begin triage by setting up a secure channel."
      }
    },
    "sources": [
      {
        "url": "https://www.civicert.org/about/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.civicert.org/incident-response-and-proactive-services/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.civicert.org/?p=141",
        "consulted": "2026-11-25"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "civicus-crisis-response-fund",
    "name": {
      "en": "CIVICUS Crisis Response Fund"
    },
    "summary": {
      "en": "Fund set up by CIVICUS in 2007 that gives civil society organisations, movements and collectives, registered or not, small grants of up to USD 10,000 for emergency advocacy or resilience actions, over three to six months, against restrictions on freedom of association and assembly. It does not fund individuals, targets systemic threats rather than individual cases, normally excludes freedom-of-expression cases and refers LGBTI cases to Dignity for All. It also administers Lifeline grants, and with the Digital Democracy Initiative offers digital resiliency grants on a rolling basis."
    },
    "website": "https://www.civicus.org/",
    "types": [
      "rapid-response-fund"
    ],
    "services": [
      "advocacy-grant",
      "digital-security-support"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "civil-society-organisations"
    ],
    "applicant_types": [
      "organisation",
      "group"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "Emergency advocacy or resilience actions against restrictions on freedom of association and assembly, carried out over three to six months."
        }
      ],
      "exclusions": [
        {
          "en": "Individuals. Within Lifeline, only Freedom House and Front Line Defenders fund individuals."
        },
        {
          "en": "Individual cases; the fund is aimed at systemic threats."
        },
        {
          "en": "Freedom-of-expression cases, normally."
        }
      ],
      "registration_required": false,
      "note": {
        "en": "LGBTI cases are referred to Dignity for All."
      }
    },
    "coverage": {
      "global": true,
      "note": {
        "en": "The sources do not say in which countries or regions the fund gives grants."
      }
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Digital resiliency grant applications are taken on a rolling basis."
        }
      ]
    },
    "amounts": [
      {
        "label": {
          "en": "Crisis Response Fund grant"
        },
        "max": 10000,
        "currency": "USD",
        "per": "grant",
        "seen": "2026-11-25",
        "source": "https://www.civicus.org/index.php/get-involved/get-support/crisis-response-fund"
      },
      {
        "label": {
          "en": "Digital resiliency grant, one organisation (2024)"
        },
        "max": 10000,
        "currency": "USD",
        "per": "application",
        "seen": "2026-11-25",
        "source": "https://civicus.org/index.php/what-we-do/innovate/digital-democracy-initiative/digital-resiliency-grants"
      },
      {
        "label": {
          "en": "Digital resiliency grant, joint application (2024)"
        },
        "max": 20000,
        "currency": "USD",
        "per": "joint-application",
        "seen": "2026-11-25",
        "source": "https://civicus.org/index.php/what-we-do/innovate/digital-democracy-initiative/digital-resiliency-grants"
      }
    ],
    "relations": [
      {
        "type": "administers",
        "id": "lifeline-embattled-cso-assistance-fund"
      },
      {
        "type": "refers-to",
        "id": "dignity-for-all",
        "note": {
          "en": "LGBTI cases are referred to Dignity for All."
        }
      }
    ],
    "sources": [
      {
        "url": "https://www.civicus.org/index.php/get-involved/get-support/crisis-response-fund",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://civicus.org/index.php/what-we-do/innovate/digital-democracy-initiative/digital-resiliency-grants",
        "consulted": "2026-11-25",
        "note": {
          "en": "Digital resiliency grants with the Digital Democracy Initiative (2024)."
        }
      },
      {
        "url": "https://selibeng.com/consultancy-learning-reflection-crisis-response-fund/",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Copy of CIVICUS terms of reference for a review of the fund."
        }
      },
      {
        "url": "https://www.scribd.com/document/470173789/CRISIS-RESPONSE-FUND-GUIDELINES-AND-PROTOCOLS",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Copy of the fund's guidelines and protocols."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "civil-rights-defenders",
    "name": {
      "en": "Civil Rights Defenders"
    },
    "summary": {
      "en": "Its Emergency Fund gives grants to human rights defenders at risk and their family members, for security, relocation and psychological support. In 2023 it made 192 grants reaching 1,351 defenders and family members in 39 countries. The source does not say how to apply."
    },
    "website": "https://crd.org/",
    "types": [
      "rapid-response-fund"
    ],
    "services": [
      "emergency-grant",
      "security-support",
      "temporary-relocation",
      "psychosocial-support"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "human-rights-defenders",
      "families-of-defenders"
    ],
    "coverage": {
      "global": true,
      "note": {
        "en": "The source does not say where the fund works: it gave grants in 39 countries in 2023 but does not list them."
      }
    },
    "sources": [
      {
        "url": "https://crd.org/2024/08/07/civil-rights-defenders-emergency-support-2023",
        "consulted": "2026-11-25",
        "title": "Emergency Fund Support for Human Rights Defenders in 2023"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "committee-to-protect-journalists",
    "name": {
      "en": "Committee to Protect Journalists"
    },
    "acronym": "CPJ",
    "summary": {
      "en": "Gives emergency support to journalists at risk because of their work: money for basic living costs, medical and psychosocial care, relocation, exile, legal help, and support in and after prison, as well as safety consultations. Ask by e-mail; information may be shared with trusted partners to vet the case, and CPJ cannot answer every request. A third-party page gives grants of up to USD 7,500 for incidents in the last 12 months."
    },
    "website": "https://cpj.org/",
    "types": [
      "journalist-support",
      "rapid-response-fund"
    ],
    "services": [
      "emergency-grant",
      "living-costs",
      "medical-support",
      "psychosocial-support",
      "temporary-relocation",
      "exile-support",
      "legal-support",
      "detention-support",
      "safety-advice"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "journalists"
    ],
    "eligibility": {
      "exclusions": [
        {
          "en": "Costs of visa applications or asylum claims."
        },
        {
          "en": "Education."
        }
      ],
      "time_limit": {
        "max": 12,
        "unit": "months",
        "from": {
          "en": "the incident"
        },
        "note": {
          "en": "Stated on a third-party page."
        }
      }
    },
    "coverage": {
      "global": true
    },
    "how_to_request": {
      "access": "open-application",
      "steps": [
        {
          "en": "E-mail CPJ's emergencies address to ask for assistance or safety advice."
        }
      ]
    },
    "contacts": [
      {
        "kind": "email",
        "label": {
          "en": "Emergency assistance and safety advice"
        },
        "address": "emergencies@cpj.org",
        "source": "https://cpj.org/pt/2014/06/other-resources/amp/journalist-security-guide.php"
      },
      {
        "kind": "messaging",
        "app": "whatsapp",
        "label": {
          "en": "Automated WhatsApp chatbot"
        },
        "number": "+1 206 590 6191",
        "source": "https://cpj.org/pt/2014/06/other-resources/amp/journalist-security-guide.php"
      }
    ],
    "amounts": [
      {
        "label": {
          "en": "Emergency grant"
        },
        "max": 7500,
        "average": 1000,
        "currency": "USD",
        "per": "grant",
        "seen": "2026-11-25",
        "source": "https://www.acosalliance.org/committee-to-protect-journalists",
        "note": {
          "en": "Stated on a third-party page (ACOS Alliance)."
        }
      }
    ],
    "confidentiality": {
      "data_sharing": {
        "en": "Information may be shared with trusted partners to vet the request."
      }
    },
    "expectations": {
      "guaranteed": false,
      "note": {
        "en": "CPJ says it cannot respond to every request."
      }
    },
    "sources": [
      {
        "url": "https://cpj.org/pt/2014/06/other-resources/amp/journalist-security-guide.php",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.acosalliance.org/committee-to-protect-journalists",
        "consulted": "2026-11-25",
        "third_party": true
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "defenddefenders",
    "name": {
      "en": "DefendDefenders (East and Horn of Africa Human Rights Defenders Project)"
    },
    "summary": {
      "en": "Protects human rights defenders in 11 countries of East Africa and the Horn of Africa with emergency support, protection grants, relocation and legal support, and runs an emergency line open around the clock. Short-term help, decided case by case, may include a move to a safe house with logistical and financial support; longer-term help can include education, a start-up grant or job search. Ask by phone; the numbers were not in the pages consulted."
    },
    "website": "https://defenddefenders.org/",
    "types": [
      "protection-organisation",
      "regional-network"
    ],
    "services": [
      "emergency-grant",
      "temporary-relocation",
      "shelter",
      "legal-support"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "human-rights-defenders"
    ],
    "coverage": {
      "regions": [
        "east-horn-africa"
      ],
      "countries": [
        "BI",
        "DJ",
        "ER",
        "ET",
        "KE",
        "RW",
        "SO",
        "SS",
        "SD",
        "TZ",
        "UG"
      ],
      "note": {
        "en": "Somalia includes Somaliland."
      }
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Call one of its phone lines; a 24/7 emergency line exists, but its number is not recorded here."
        }
      ],
      "note": {
        "en": "The phone numbers were not in the copies of the pages consulted; a 2021 third-party list also says to use one of its phone lines."
      }
    },
    "relations": [
      {
        "type": "member-of",
        "id": "protectdefenders-eu"
      },
      {
        "type": "secretariat-of",
        "id": "africandefenders"
      }
    ],
    "sources": [
      {
        "url": "https://defenddefenders.org/our-work/protection-and-security-management/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://defenddefenders.org/about-us/defenddefenders/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://defenddefenders.org/annual-report-2024",
        "consulted": "2026-11-25",
        "note": {
          "en": "643 protection grants in 2024 (493 emergency grants and 150 Ubuntu Hub Cities assists)."
        }
      },
      {
        "url": "https://www.civicus.org/index.php/what-we-do/strengthen/charm-africa/defend-defenders",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://rfkhumanrights.org/news/emergency-funding-support-for-human-rights-defenders-and-journalists",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "2021 list of emergency funding sources."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "digital-defenders-partnership",
    "name": {
      "en": "Digital Defenders Partnership"
    },
    "acronym": "DDP",
    "summary": {
      "en": "Funds digital protection for human rights defenders in repressive and transitional environments, with priority for women and gender-rights defenders, LGBTQIA+ people and environmental and land defenders. It offers emergency response funding and, separately, Sustainable Protection Funding of up to EUR 50,000, applied for by e-mail. The Sustainable Protection Funding was marked \"Currently closed\" when last seen."
    },
    "website": "https://www.digitaldefenders.org/",
    "types": [
      "rapid-response-fund",
      "donor"
    ],
    "services": [
      "emergency-grant",
      "digital-security-support"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "human-rights-defenders",
      "women-human-rights-defenders",
      "lgbtiq-defenders",
      "environmental-defenders"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The applicant works in a repressive or transitional environment."
        }
      ],
      "note": {
        "en": "Priority groups include women and gender-rights defenders, LGBTQIA+ people, and environmental and land defenders."
      }
    },
    "coverage": {
      "global": true,
      "note": {
        "en": "The sources say only that it works in repressive and transitional environments; they do not name countries or regions."
      }
    },
    "how_to_request": {
      "note": {
        "en": "Sustainable Protection Funding is applied for by e-mail; the address is not recorded here."
      }
    },
    "amounts": [
      {
        "label": {
          "en": "Sustainable Protection Funding"
        },
        "max": 50000,
        "currency": "EUR",
        "per": "grant",
        "seen": "2026-11-25",
        "source": "https://www.digitaldefenders.org/sections/sustainable-protection-funding/",
        "note": {
          "en": "Marked \"Currently closed\" when seen."
        }
      }
    ],
    "status": {
      "value": "paused",
      "seen": "2026-11-25",
      "source": "https://www.digitaldefenders.org/sections/sustainable-protection-funding/",
      "note": {
        "en": "Sustainable Protection Funding was marked \"Currently closed\". The page seen does not give the status of emergency response funding."
      }
    },
    "sources": [
      {
        "url": "https://www.digitaldefenders.org/about-ddp/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.digitaldefenders.org/sections/eligible-criteria/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.digitaldefenders.org/sections/sustainable-protection-funding/",
        "consulted": "2026-11-25"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "digital-rights-foundation-helpline",
    "name": {
      "en": "Digital Rights Foundation – Cyber Harassment Helpline"
    },
    "summary": {
      "en": "Free, confidential and gender-sensitive helpline in Pakistan for anyone facing online harassment, not only women; its staff also assist human rights defenders. It gives legal advice, digital help, basic psychological support and referrals. Call the toll-free number 0800-39393, Monday to Sunday from 9 am to 5 pm, or write by e-mail or through the foundation's social media."
    },
    "website": "https://digitalrightsfoundation.pk/",
    "types": [
      "digital-security-helpline"
    ],
    "services": [
      "digital-incident-response",
      "legal-support",
      "psychosocial-support",
      "referral"
    ],
    "service_mode": [
      "direct-support",
      "referral"
    ],
    "beneficiaries": [
      "any-person",
      "human-rights-defenders"
    ],
    "applicant_types": [
      "individual"
    ],
    "coverage": {
      "countries": [
        "PK"
      ]
    },
    "how_to_request": {
      "access": "open-application",
      "steps": [
        {
          "en": "Call the toll-free helpline number."
        },
        {
          "en": "Requests are also taken by e-mail and through the foundation's social media accounts."
        }
      ]
    },
    "contacts": [
      {
        "kind": "phone",
        "label": {
          "en": "Toll-free helpline"
        },
        "national_number": "0800-39393",
        "country": "PK",
        "hours": {
          "description": {
            "en": "Monday to Sunday, 9 am to 5 pm."
          }
        },
        "source": "https://digitalrightsfoundation.pk/2023/05/"
      }
    ],
    "confidentiality": {
      "note": {
        "en": "The helpline describes its service as free and confidential."
      }
    },
    "sources": [
      {
        "url": "https://digitalrightsfoundation.pk/2023/05/",
        "consulted": "2026-11-25",
        "note": {
          "en": "Helpline annual report announcement; gives the number, the hours and 2,695 new cases in 2022."
        }
      },
      {
        "url": "https://digitalrightsfoundation.pk/2017/08/",
        "consulted": "2026-11-25",
        "note": {
          "en": "The helpline has opened seven days a week since 2017."
        }
      },
      {
        "url": "https://dunyanews.tv/en/Pakistan/407219-",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "News article; says the helpline team also assists human rights defenders."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "dignity-for-all",
    "name": {
      "en": "Dignity for All: LGBTI Assistance Program"
    },
    "summary": {
      "en": "Freedom House programme for human rights defenders and civil society organisations attacked because of their work for LGBTI rights. It offers emergency funds, support for advocacy, security assistance and training. An organisation must be able to show at least six months of activism. Freedom House closed programmes in January 2025, so check that this one is still taking requests."
    },
    "website": "https://freedomhouse.org/program/dignity-all-lgbti-assistance-program",
    "types": [
      "rapid-response-fund"
    ],
    "services": [
      "emergency-grant",
      "advocacy-grant",
      "security-support",
      "protection-training"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "lgbtiq-defenders",
      "civil-society-organisations"
    ],
    "applicant_types": [
      "individual",
      "organisation"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The defender or organisation has come under attack because of work for LGBTI human rights."
        },
        {
          "en": "An organisation must be able to document at least six months of activism."
        }
      ]
    },
    "coverage": {
      "global": true,
      "note": {
        "en": "The source does not say in which countries or regions the programme works."
      }
    },
    "expectations": {
      "note": {
        "en": "Freedom House says it was forced to close programmes in January 2025 after the US foreign-aid freeze. The sources do not say whether this programme was affected: confirm that it is still taking requests before relying on it."
      }
    },
    "sources": [
      {
        "url": "https://freedomhouse.org/program/dignity-all-lgbti-assistance-program",
        "consulted": "2026-11-25",
        "title": "Dignity for All: LGBTI Assistance Program"
      },
      {
        "url": "https://freedomhouse.org/article/leading-way-defense-freedom-our-work-2025",
        "consulted": "2026-11-25",
        "note": {
          "en": "Freedom House on its work in 2025; says it was forced to close programmes in January 2025 after the US foreign-aid freeze. It is cited for that closure, not for this programme's own status."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "euromed-rights-foundation",
    "name": {
      "en": "Euro-Mediterranean Foundation of Support to Human Rights Defenders"
    },
    "acronym": "EMHRF",
    "summary": {
      "en": "Foundation that supports human rights defenders, both individuals and registered or unregistered groups, and can also support their family members. It delivers emergency grants for ProtectDefenders.eu. It assesses requests on four criteria: identity, nature, necessity and approach."
    },
    "website": "https://emhrf.org/",
    "types": [
      "rapid-response-fund"
    ],
    "services": [
      "emergency-grant",
      "family-support"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "human-rights-defenders",
      "civil-society-organisations",
      "families-of-defenders"
    ],
    "applicant_types": [
      "individual",
      "group",
      "organisation"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "Requests are assessed on four criteria - identity, nature, necessity and approach."
        }
      ],
      "registration_required": false
    },
    "coverage": {
      "regions": [
        "middle-east-north-africa"
      ],
      "note": {
        "en": "The source does not say where the foundation works; the region is inferred from its Euro-Mediterranean name. Check with it before applying."
      }
    },
    "relations": [
      {
        "type": "member-of",
        "id": "protectdefenders-eu"
      }
    ],
    "sources": [
      {
        "url": "https://emhrf.org/criteria/",
        "consulted": "2026-11-25"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "fidh",
    "name": {
      "en": "International Federation for Human Rights"
    },
    "acronym": "FIDH",
    "summary": {
      "en": "Runs a support fund that strengthens the protection capacity of local human rights defender organisations, including unregistered ones. Organisations must be at risk, in an emergency, and recommended by others."
    },
    "website": "https://www.fidh.org/",
    "types": [
      "rapid-response-fund"
    ],
    "services": [
      "emergency-grant"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "civil-society-organisations"
    ],
    "applicant_types": [
      "group",
      "organisation"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The organisation is at risk."
        },
        {
          "en": "The situation is an emergency."
        },
        {
          "en": "The organisation is recommended by others."
        }
      ],
      "registration_required": false,
      "referee_required": true
    },
    "coverage": {
      "global": true,
      "note": {
        "en": "The source does not say in which countries or regions the support fund works."
      }
    },
    "relations": [
      {
        "type": "member-of",
        "id": "protectdefenders-eu"
      }
    ],
    "sources": [
      {
        "url": "https://www.fidh.org/en/issues/human-rights-defenders/financial-support/support-fund-to-enhance-the-protection-capacity-of-local-human-rights",
        "consulted": "2026-11-25"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "fondo-accion-urgente-america-latina",
    "name": {
      "en": "Urgent Action Fund – Latin America and the Caribbean",
      "es": "Fondo de Acción Urgente"
    },
    "summary": {
      "en": "Women's rights fund founded in Bogotá in 2009 that gives rapid response grants in Latin America and the Spanish-speaking Caribbean. Older sources describe grants of up to USD 5,000, made within seven days, or within hours when the threat is extreme, on any day of the year."
    },
    "website": "https://fondoaccionurgente.org.co/",
    "types": [
      "womens-fund",
      "rapid-response-fund"
    ],
    "services": [
      "emergency-grant"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "women-human-rights-defenders"
    ],
    "coverage": {
      "regions": [
        "latin-america-caribbean"
      ],
      "note": {
        "en": "Latin America and the Spanish-speaking Caribbean."
      }
    },
    "response_time": {
      "max": 7,
      "unit": "days",
      "note": {
        "en": "Grants are made within seven days, or within hours when the threat is extreme; requests are taken 365 days a year."
      }
    },
    "amounts": [
      {
        "label": {
          "en": "Rapid response grant"
        },
        "max": 5000,
        "currency": "USD",
        "per": "grant",
        "seen": "2026-11-25",
        "source": "https://humanrightsfunding.org/related-resources/rapid-response-grantmaking-a-successful-strategy-to-protect-womens-human-rights/",
        "note": {
          "en": "Stated as \"up to $5000\" in older third-party sources, including a 2013 report; may have changed."
        }
      }
    ],
    "relations": [
      {
        "type": "sister-fund",
        "id": "urgent-action-fund"
      },
      {
        "type": "sister-fund",
        "id": "urgent-action-fund-africa"
      },
      {
        "type": "sister-fund",
        "id": "urgent-action-fund-asia-pacific"
      }
    ],
    "sources": [
      {
        "url": "https://issuu.com/jesusgu/docs/ins_ing_2013_web",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Copy of a 2013 report."
        }
      },
      {
        "url": "https://humanrightsfunding.org/related-resources/rapid-response-grantmaking-a-successful-strategy-to-protect-womens-human-rights/",
        "consulted": "2026-11-25",
        "third_party": true
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "forum-asia",
    "name": {
      "en": "Asian Forum for Human Rights and Development"
    },
    "acronym": "FORUM-ASIA",
    "summary": {
      "en": "Regional human rights network in Asia. Its Protection Plan gives defenders at risk temporary help: relocation for three to six months with a member or partner organisation, medical or legal aid, and trial observation, reportedly up to USD 2,000 per approved request. A FORUM-ASIA member or partner must vouch for the defender. The published plan dates from 2010; FORUM-ASIA also delivers ProtectDefenders.eu emergency grants."
    },
    "website": "https://forum-asia.org/",
    "types": [
      "regional-network",
      "rapid-response-fund"
    ],
    "services": [
      "temporary-relocation",
      "medical-support",
      "legal-support",
      "trial-observation",
      "emergency-grant"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "human-rights-defenders",
      "women-human-rights-defenders"
    ],
    "applicant_types": [
      "individual"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The defender belongs to, or works with, a FORUM-ASIA member or partner organisation in Asia, and one of them vouches for the request."
        },
        {
          "en": "The defender acts non-violently."
        },
        {
          "en": "Relocation is only for an immediate and extreme threat, once other remedies have been exhausted."
        }
      ],
      "referee_required": true,
      "note": {
        "en": "All support is temporary. Relocation lasts three to six months and is hosted by a member or partner organisation. The plan uses the WHRD International Coalition's definition of women human rights defenders."
      }
    },
    "coverage": {
      "regions": [
        "asia-pacific"
      ]
    },
    "how_to_request": {
      "first_contact": {
        "en": "One guide for defenders at risk advises asking first for a secure channel before sending details of the case."
      },
      "note": {
        "en": "The sources seen give no contact channel for requests."
      }
    },
    "amounts": [
      {
        "label": {
          "en": "Protection Plan support"
        },
        "max": 2000,
        "currency": "USD",
        "per": "application",
        "seen": "2026-11-25",
        "source": "https://environmentalrightsdatabase.org/human-rights-defenders-urgent-assistance-programme/",
        "note": {
          "en": "Per approved application, as stated by a third-party database quoting FORUM-ASIA."
        }
      }
    ],
    "relations": [
      {
        "type": "member-of",
        "id": "protectdefenders-eu"
      },
      {
        "type": "member-of",
        "id": "lifeline-embattled-cso-assistance-fund"
      }
    ],
    "sources": [
      {
        "url": "https://2023.forum-asia.org/?p=7302",
        "consulted": "2026-11-25",
        "note": {
          "en": "FORUM-ASIA Protection Plan for human rights defenders at risk, dated 2010 (old page)."
        }
      },
      {
        "url": "https://environmentalrightsdatabase.org/human-rights-defenders-urgent-assistance-programme/",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Database entry quoting FORUM-ASIA; gives the amount per approved application."
        }
      },
      {
        "url": "https://docslib.org/doc/8046613/defenders-in-development-campaign-security-working-group-resources-for-campaign-members-and-partners-at-risk",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Security resources guide; advises asking for a secure channel first."
        }
      },
      {
        "url": "https://protectdefenders.eu/protecting-defenders/",
        "consulted": "2026-11-25",
        "title": "ProtectDefenders.eu – protecting defenders"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "free-press-unlimited",
    "name": {
      "en": "Free Press Unlimited"
    },
    "acronym": "FPU",
    "summary": {
      "en": "Through its Reporters Respond fund it gives one-time emergency financial support to journalists and media outlets. Two reliable sources must confirm the situation before support is given. Apply with the form on its website or contact Reporters Respond by e-mail or phone."
    },
    "website": "https://www.freepressunlimited.org/",
    "types": [
      "journalist-support",
      "rapid-response-fund"
    ],
    "services": [
      "emergency-grant"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "journalists",
      "media-outlets"
    ],
    "applicant_types": [
      "individual",
      "organisation"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "Two reliable sources must confirm the situation."
        }
      ]
    },
    "coverage": {
      "global": true,
      "note": {
        "en": "The page consulted does not say in which countries or regions Reporters Respond gives support."
      }
    },
    "how_to_request": {
      "access": "open-application",
      "steps": [
        {
          "en": "Fill in the Reporters Respond form on the Free Press Unlimited website, or write or call."
        }
      ],
      "note": {
        "en": "The page consulted is in Dutch."
      }
    },
    "contacts": [
      {
        "kind": "email",
        "label": {
          "en": "Reporters Respond"
        },
        "address": "reportersrespond@freepressunlimited.org",
        "source": "https://www.freepressunlimited.org/nl/veiligheid-voor-journalisten/noodhulp-voor-journalisten"
      },
      {
        "kind": "phone",
        "label": {
          "en": "Free Press Unlimited (number on the Reporters Respond page)"
        },
        "number": "+31 20 8000 400",
        "source": "https://www.freepressunlimited.org/nl/veiligheid-voor-journalisten/noodhulp-voor-journalisten"
      }
    ],
    "confidentiality": {
      "vetting": {
        "en": "Two reliable sources must confirm the situation."
      }
    },
    "sources": [
      {
        "url": "https://www.freepressunlimited.org/nl/veiligheid-voor-journalisten/noodhulp-voor-journalisten",
        "consulted": "2026-11-25"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "freedom-house-emergency-assistance-program",
    "name": {
      "en": "Freedom House – Emergency Assistance Program"
    },
    "summary": {
      "en": "Closed: Freedom House halted this programme in January 2025 after the US foreign-aid freeze; look for other support unless it is shown to have reopened. From 2007 to 2025 it helped more than 17,000 defenders, organisations and survivors in over 142 countries with medical (including psychosocial), legal, relocation and equipment needs. Its former conditions, from a third-party copy, included a threat in the past 90 days and at least six months of human rights work."
    },
    "website": "https://freedomhouse.org/",
    "types": [
      "rapid-response-fund"
    ],
    "services": [
      "emergency-grant",
      "medical-support",
      "psychosocial-support",
      "legal-support",
      "temporary-relocation",
      "equipment-replacement"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "human-rights-defenders",
      "journalists",
      "civil-society-organisations"
    ],
    "applicant_types": [
      "individual",
      "organisation"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "At least six months of human rights work."
        },
        {
          "en": "Journalists counted as human rights defenders; survivors of religious persecution were also eligible."
        }
      ],
      "time_limit": {
        "max": 90,
        "unit": "days",
        "from": {
          "en": "the threat"
        }
      },
      "registration_required": false,
      "note": {
        "en": "Conditions that applied before the programme halted, from a third-party copy."
      }
    },
    "coverage": {
      "global": true,
      "note": {
        "en": "Helped people in more than 142 countries between 2007 and 2025."
      }
    },
    "status": {
      "value": "closed",
      "seen": "2026-11-25",
      "source": "https://freedomhouse.org/article/leading-way-defense-freedom-our-work-2025",
      "note": {
        "en": "Halted in January 2025 after the US foreign-aid freeze; Freedom House says it was forced to close programmes. Check the Freedom House website for any news of a reopening."
      }
    },
    "sources": [
      {
        "url": "https://freedomhouse.org/article/leading-way-defense-freedom-our-work-2025",
        "consulted": "2026-11-25",
        "note": {
          "en": "Freedom House on its work in 2025; says the programme stopped in January 2025."
        }
      },
      {
        "url": "https://pressprotect.ecpmf.eu/fund/emergency-assistance-program-eap-ps/",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Directory entry; gives the former eligibility conditions."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "frida-young-feminist-fund",
    "name": {
      "en": "FRIDA – The Young Feminist Fund"
    },
    "acronym": "FRIDA",
    "summary": {
      "en": "Fund for groups led by girls, young women and queer, trans and intersex youth aged 30 or under, in Latin America and the Caribbean, Asia, the Caucasus, Central and Eastern Europe, and Africa. It gives flexible twelve-month grants, which can be renewed, plus networking and capacity building. Groups apply during calls for proposals and are chosen through participatory selection; an older third-party page gives grants of up to USD 5,000."
    },
    "website": "https://youngfeministfund.org/",
    "types": [
      "womens-fund",
      "donor"
    ],
    "services": [
      "core-funding"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "young-activists",
      "womens-groups",
      "lgbtiq-defenders"
    ],
    "applicant_types": [
      "group"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "Groups led by girls, young women, or queer, trans and intersex youth aged 30 or under; leaders may be up to 35 if at least 70% of the group's members are 30 or under."
        }
      ],
      "exclusions": [
        {
          "en": "Groups led by cisgender men."
        }
      ]
    },
    "coverage": {
      "regions": [
        "latin-america-caribbean",
        "asia-pacific",
        "south-caucasus",
        "eastern-europe",
        "africa"
      ],
      "note": {
        "en": "Regions as named by FRIDA: Latin America and the Caribbean, Asia, the Caucasus, Central and Eastern Europe, and Africa. In 2021 it funded 252 groups in 115 countries."
      }
    },
    "how_to_request": {
      "access": "calls-for-applications",
      "steps": [
        {
          "en": "Apply during a call for proposals; grantees are chosen through participatory selection."
        }
      ]
    },
    "amounts": [
      {
        "max": 5000,
        "currency": "USD",
        "per": "grant",
        "seen": "2026-11-25",
        "source": "https://feministaa.com/frida-the-young-feminist-fund/",
        "note": {
          "en": "From an older third-party page; not confirmed on FRIDA's own pages."
        }
      }
    ],
    "sources": [
      {
        "url": "https://youngfeministfund.org/frequently-asked-questions",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://youngfeministfund.org/young-feminist-magic-%e2%9c%a8-introducing-93-new-frida-grantee-partners",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://feministaa.com/frida-the-young-feminist-fund/",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Older third-party page; gives grants of up to USD 5,000."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "front-line-defenders",
    "name": {
      "en": "Front Line Defenders"
    },
    "acronym": "FLD",
    "summary": {
      "en": "International organisation for human rights defenders at risk. Its Protection Grants pay for physical, digital and communications security, legal and medical fees and family assistance, up to EUR 7,500, usually not the whole budget. It also supports relocation and advocacy. Apply with the online form; in an emergency, call its 24-hour line in Arabic, English, French, Russian or Spanish."
    },
    "website": "https://www.frontlinedefenders.org/",
    "types": [
      "protection-organisation",
      "rapid-response-fund"
    ],
    "services": [
      "emergency-grant",
      "security-support",
      "digital-security-support",
      "legal-support",
      "medical-support",
      "family-support",
      "temporary-relocation",
      "advocacy"
    ],
    "service_mode": [
      "direct-support",
      "advocacy"
    ],
    "beneficiaries": [
      "human-rights-defenders",
      "families-of-defenders"
    ],
    "eligibility": {
      "exclusions": [
        {
          "en": "Costs already incurred (no retrospective funding)."
        },
        {
          "en": "International organisations."
        },
        {
          "en": "Defenders who are already in exile."
        },
        {
          "en": "Salaries, rent, armed guards or vehicles."
        }
      ],
      "note": {
        "en": "A grant usually does not cover the whole budget of the request."
      }
    },
    "coverage": {
      "global": true
    },
    "how_to_request": {
      "access": "open-application",
      "steps": [
        {
          "en": "Apply for a Protection Grant with the online form linked from the Protection Grants page."
        },
        {
          "en": "In an emergency, call the 24-hour emergency line."
        }
      ]
    },
    "contacts": [
      {
        "kind": "hotline",
        "label": {
          "en": "24-hour emergency line (also the ProtectDefenders.eu hotline)"
        },
        "number": "+353 1 210 0489",
        "languages": [
          "ar",
          "en",
          "fr",
          "es",
          "ru"
        ],
        "hours": {
          "always_open": true
        },
        "source": "https://protectdefenders.eu/protecting-defenders/"
      }
    ],
    "amounts": [
      {
        "label": {
          "en": "Protection Grant"
        },
        "max": 7500,
        "currency": "EUR",
        "per": "grant",
        "seen": "2026-11-25",
        "source": "https://frontlinedefenders.org/pt/programme/protection-grants"
      }
    ],
    "relations": [
      {
        "type": "member-of",
        "id": "protectdefenders-eu"
      },
      {
        "type": "member-of",
        "id": "lifeline-embattled-cso-assistance-fund"
      },
      {
        "type": "has-part",
        "id": "front-line-defenders-rest-respite"
      }
    ],
    "sources": [
      {
        "url": "https://frontlinedefenders.org/pt/programme/protection-grants",
        "consulted": "2026-11-25",
        "title": "Protection Grants"
      },
      {
        "url": "https://fdokumen.com/documents/dispatches-front-line-defenders-.html",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Copy of a Front Line Defenders newsletter; gives the languages of the emergency line."
        }
      },
      {
        "url": "https://protectdefenders.eu/protecting-defenders/",
        "consulted": "2026-11-25",
        "title": "ProtectDefenders.eu – protecting defenders"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "front-line-defenders-rest-respite",
    "name": {
      "en": "Front Line Defenders – Rest & Respite and Fellowships"
    },
    "summary": {
      "en": "Front Line Defenders programme that gives human rights defenders time away to rest and to build skills such as digital security, hosted in Ireland or somewhere closer to home. It is by invitation only and cannot be applied for. It is separate from Front Line Defenders' Protection Grants."
    },
    "website": "https://www.frontlinedefenders.org/",
    "types": [
      "relocation-programme"
    ],
    "services": [
      "rest-respite",
      "protection-training"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "human-rights-defenders"
    ],
    "applicant_types": [
      "individual"
    ],
    "coverage": {
      "global": true
    },
    "how_to_request": {
      "access": "invitation-only",
      "note": {
        "en": "The programme cannot be applied for; Front Line Defenders invites defenders."
      }
    },
    "relations": [
      {
        "type": "part-of",
        "id": "front-line-defenders"
      }
    ],
    "sources": [
      {
        "url": "https://www.frontlinedefenders.org/en/programme/rest-respite-and-fellowships",
        "consulted": "2026-11-25",
        "title": "Rest & Respite and Fellowships"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "fundo-brasil",
    "name": {
      "en": "Fundo Brasil"
    },
    "summary": {
      "en": "Brazilian human rights fund whose emergency support policy (2020) covers protection measures, the emergency removal of activists from danger, and solidarity networks. NGOs, collectives and individuals may apply."
    },
    "website": "https://fundobrasil.org.br/",
    "types": [
      "rapid-response-fund"
    ],
    "services": [
      "emergency-grant",
      "security-support",
      "temporary-relocation",
      "solidarity-network"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "human-rights-defenders",
      "civil-society-organisations"
    ],
    "applicant_types": [
      "individual",
      "group",
      "organisation"
    ],
    "coverage": {
      "countries": [
        "BR"
      ]
    },
    "sources": [
      {
        "url": "https://fundobrasil.org.br/en/supporting-civil-society/emergency-support",
        "consulted": "2026-11-25",
        "note": {
          "en": "Describes the fund's 2020 emergency support policy."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "global-fund-for-women",
    "name": {
      "en": "Global Fund for Women"
    },
    "summary": {
      "en": "Women's fund that gives grants to women-led groups outside the United States; it does not fund individuals. An undated criteria sheet gives grants of USD 5,000 to 30,000 a year, with first grants of USD 5,000 to 13,000."
    },
    "types": [
      "womens-fund",
      "donor"
    ],
    "services": [
      "core-funding"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "womens-groups"
    ],
    "applicant_types": [
      "group",
      "organisation"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The group is led by women."
        }
      ],
      "exclusions": [
        {
          "en": "Individuals."
        },
        {
          "en": "Groups in the United States."
        }
      ]
    },
    "coverage": {
      "global": true,
      "excluded_countries": [
        "US"
      ]
    },
    "amounts": [
      {
        "label": {
          "en": "Grant"
        },
        "min": 5000,
        "max": 30000,
        "currency": "USD",
        "per": "year",
        "seen": "2026-11-25",
        "source": "https://studylib.net/doc/6764242/general-grant-criteria",
        "note": {
          "en": "From an undated copy of the criteria; may have changed."
        }
      },
      {
        "label": {
          "en": "First grant"
        },
        "min": 5000,
        "max": 13000,
        "currency": "USD",
        "per": "grant",
        "seen": "2026-11-25",
        "source": "https://studylib.net/doc/6764242/general-grant-criteria",
        "note": {
          "en": "From an undated copy of the criteria; may have changed."
        }
      }
    ],
    "sources": [
      {
        "url": "https://studylib.net/doc/6764242/general-grant-criteria",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Undated copy of the fund's grant criteria."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "global-greengrants-fund",
    "name": {
      "en": "Global Greengrants Fund"
    },
    "summary": {
      "en": "Fund that makes small grants to grassroots environmental and social-justice groups, with more than 10,000 grants in 167 countries by about 2015; an encyclopedia copy gives typical grants of USD 500 to 5,000. Since 2019 it has housed the Environmental Defenders Collaborative, a pooled fund. Grantees are identified through volunteer regional advisors; the sources describe no rapid-response route and no way to apply."
    },
    "website": "https://greengrants.org/",
    "types": [
      "donor"
    ],
    "services": [
      "core-funding"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "environmental-defenders",
      "civil-society-organisations"
    ],
    "applicant_types": [
      "group"
    ],
    "coverage": {
      "global": true,
      "note": {
        "en": "More than 10,000 grants in 167 countries by about 2015."
      }
    },
    "how_to_request": {
      "note": {
        "en": "Grantees are identified through volunteer regional advisors."
      }
    },
    "amounts": [
      {
        "label": {
          "en": "Typical grant"
        },
        "min": 500,
        "max": 5000,
        "currency": "USD",
        "per": "grant",
        "seen": "2026-11-25",
        "source": "https://alchetron.com/Global-Greengrants-Fund",
        "note": {
          "en": "Typical range according to an encyclopedia copy."
        }
      }
    ],
    "sources": [
      {
        "url": "https://greengrants.org/2019/09/19/edc",
        "consulted": "2026-11-25",
        "note": {
          "en": "On the Environmental Defenders Collaborative (2019)."
        }
      },
      {
        "url": "https://www.alliancemagazine.org/blog/six-ideas-enhance-environmental-human-rights-grantmaking/",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://alchetron.com/Global-Greengrants-Fund",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Encyclopedia copy."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "gulf-centre-for-human-rights",
    "name": {
      "en": "Gulf Centre for Human Rights"
    },
    "acronym": "GCHR",
    "summary": {
      "en": "Organisation founded in 2011 that supports human rights defenders, including lawyers, academics, journalists and online activists, in the Gulf and neighbouring countries, with a growing focus on women defenders. It issues appeals, raises cases with the UN and the EU, helps defenders obtain grants, and passes on emergency requests for medical support, security, trial observation or evacuation, working with ProtectDefenders.eu on emergency support and relocation. The sources do not say how to contact it for help."
    },
    "website": "https://www.gc4hr.org/",
    "types": [
      "advocacy-organisation",
      "referral-service"
    ],
    "services": [
      "urgent-appeals",
      "advocacy",
      "referral"
    ],
    "service_mode": [
      "advocacy",
      "referral"
    ],
    "beneficiaries": [
      "human-rights-defenders",
      "women-human-rights-defenders",
      "lawyers",
      "scholars",
      "journalists",
      "citizen-journalists"
    ],
    "coverage": {
      "regions": [
        "gulf"
      ],
      "countries": [
        "BH",
        "KW",
        "OM",
        "QA",
        "SA",
        "AE",
        "IR",
        "IQ",
        "YE",
        "SY",
        "JO",
        "LB"
      ],
      "note": {
        "en": "Jordan and Lebanon were added by 2019."
      }
    },
    "relations": [
      {
        "type": "works-with",
        "id": "protectdefenders-eu",
        "note": {
          "en": "Works with ProtectDefenders.eu on emergency support and relocation."
        }
      }
    ],
    "sources": [
      {
        "url": "https://www.gc4hr.org/report/view/109",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.gc4hr.org/report/view/73",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.gc4hr.org/report/view/30",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://rsf.org/es/gulf-center-human-rights",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Reporters Without Borders page; gives offices in Beirut, Copenhagen and Istanbul."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "hrd-protection-fund-great-lakes",
    "name": {
      "en": "Human Rights Defenders Protection Fund – Great Lakes"
    },
    "summary": {
      "en": "Fund that meets the immediate legal protection needs of human rights defenders who are at risk or already restricted, and funds projects that improve legal protection practice. It covers all defenders and human rights organisations in the Great Lakes region of Africa, with a focus on those in remote areas. Who runs it, amounts and how to apply are not stated in the page consulted (dated 2018)."
    },
    "website": "https://hrdprotectionfund.org/",
    "types": [
      "legal-defence",
      "rapid-response-fund"
    ],
    "services": [
      "legal-support",
      "core-funding"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "human-rights-defenders",
      "civil-society-organisations"
    ],
    "applicant_types": [
      "individual",
      "organisation"
    ],
    "coverage": {
      "regions": [
        "great-lakes"
      ],
      "note": {
        "en": "Priority to defenders in remote areas."
      }
    },
    "sources": [
      {
        "url": "https://hrdprotectionfund.org/en/fonctionnement/objectifs-prioritaires/",
        "consulted": "2026-11-25",
        "note": {
          "en": "Page dated 2018."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "human-rights-watch-hellman-hammett-grants",
    "name": {
      "en": "Human Rights Watch – Hellman/Hammett grants"
    },
    "acronym": "HRW",
    "summary": {
      "en": "Human Rights Watch is a research and advocacy organisation that investigates abuses and presses governments and others to act; the sources describe no direct material aid except the Hellman/Hammett grants. These grants go to writers persecuted for their views and in financial need, and recipients may remain anonymous. The only figures seen date from 1997 (USD 150,000 to 200,000 a year in total, to 44 writers in 1996), and the sources do not say how to apply."
    },
    "website": "https://www.hrw.org/",
    "types": [
      "advocacy-organisation"
    ],
    "services": [
      "advocacy",
      "living-costs"
    ],
    "service_mode": [
      "advocacy",
      "direct-support"
    ],
    "beneficiaries": [
      "writers"
    ],
    "applicant_types": [
      "individual"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "Writers persecuted for their views who are in financial need."
        }
      ]
    },
    "coverage": {
      "global": true,
      "note": {
        "en": "The sources do not say in which countries grant recipients may live."
      }
    },
    "confidentiality": {
      "note": {
        "en": "Grant recipients could remain anonymous (1997 page)."
      }
    },
    "sources": [
      {
        "url": "https://www.hrw.org/reports/1997/WR97/BACK-06.htm",
        "consulted": "2026-11-25",
        "note": {
          "en": "Human Rights Watch World Report 1997 page on the Hellman/Hammett grants."
        }
      },
      {
        "url": "https://eaglepeakpress.com/article/human-rights-watch/",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Article quoting the Human Rights Watch \"About Us\" page."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "icorn",
    "name": {
      "en": "International Cities of Refuge Network"
    },
    "acronym": "ICORN",
    "summary": {
      "en": "Network of more than 70 member cities that host writers, artists and journalists persecuted for their expression, usually for two-year residencies with housing, a grant and help with visas and integration. Applying is free: the person at risk, or a contact person for them, fills in the application form, and PEN International evaluates it. Approved applicants become candidates, but the cities choose whom to host, so no residency is guaranteed."
    },
    "website": "https://icorn.org/",
    "types": [
      "relocation-programme"
    ],
    "services": [
      "residency"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "writers",
      "artists",
      "journalists",
      "citizen-journalists"
    ],
    "applicant_types": [
      "individual"
    ],
    "requesters": [
      "self",
      "third-party"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "Writers, artists and journalists threatened because of their expression, in a broad sense that includes bloggers, translators and musicians."
        }
      ],
      "exclusions": [
        {
          "en": "People who advocate violence."
        }
      ]
    },
    "coverage": {
      "global": true,
      "note": {
        "en": "Residencies are in the network's member cities."
      }
    },
    "how_to_request": {
      "access": "open-application",
      "steps": [
        {
          "en": "Fill in the ICORN application form; applying is free."
        },
        {
          "en": "A contact person may apply for the person at risk and may ask ICORN not to contact the applicant directly."
        },
        {
          "en": "PEN International evaluates the application; approved applicants become candidates for a residency."
        },
        {
          "en": "A member city chooses among the candidates."
        }
      ]
    },
    "confidentiality": {
      "vetting": {
        "en": "PEN International evaluates applications."
      },
      "note": {
        "en": "A contact person who applies for someone can ask ICORN not to contact the applicant directly."
      }
    },
    "expectations": {
      "guaranteed": false,
      "note": {
        "en": "Approval makes an applicant a candidate; a residency starts only if a member city chooses them."
      }
    },
    "relations": [
      {
        "type": "works-with",
        "id": "pen-international",
        "note": {
          "en": "PEN International evaluates ICORN applications."
        }
      }
    ],
    "sources": [
      {
        "url": "https://icorn.org/faq-city-refuge",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://icorn.org/faqs-writers-artists-and-journalists-risk",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.icorn.org/icorndo.php",
        "consulted": "2026-11-25",
        "note": {
          "en": "Older version of the ICORN site; says a residency cannot be guaranteed."
        }
      },
      {
        "url": "https://icorn.org/history.php",
        "consulted": "2026-11-25",
        "note": {
          "en": "Older version of the ICORN site."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "ifex",
    "name": {
      "en": "IFEX"
    },
    "summary": {
      "en": "Global network of organisations that defend free expression; it had 88 members in 2009. Members share information and mobilise action on threats to free expression. The source consulted describes no direct assistance to individuals."
    },
    "website": "https://ifex.org/",
    "types": [
      "freedom-of-expression-network"
    ],
    "services": [
      "solidarity-network",
      "advocacy"
    ],
    "service_mode": [
      "advocacy"
    ],
    "coverage": {
      "global": true,
      "note": {
        "en": "The source does not say where its members work; it describes the network, not help for individuals."
      }
    },
    "sources": [
      {
        "url": "https://www.ifex.org/international/2009/06/03/ifex_88_members/",
        "consulted": "2026-11-25"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "im-defensoras",
    "name": {
      "en": "Mesoamerican Initiative of Women Human Rights Defenders"
    },
    "acronym": "IM-Defensoras",
    "summary": {
      "en": "Regional network of women human rights defenders in Mesoamerica, founded in 2010, with national networks in El Salvador, Honduras and Mexico and solidarity networks with Nicaragua and Guatemala. Under its Feminist Holistic Protection approach it accompanies women defenders, their organisations and communities facing violence with risk analysis, protection plans, psychosocial and health support, healing and respite spaces. It records attacks in a Mesoamerican registry, and its website has a page on contacting it securely."
    },
    "website": "https://im-defensoras.org/",
    "types": [
      "regional-network",
      "protection-organisation"
    ],
    "services": [
      "safety-advice",
      "psychosocial-support",
      "medical-support",
      "rest-respite",
      "documentation",
      "solidarity-network"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "women-human-rights-defenders",
      "lgbtiq-defenders",
      "civil-society-organisations"
    ],
    "applicant_types": [
      "individual",
      "group",
      "organisation"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "For women, and people whose gender or sexual identity challenges social norms, who defend rights in Mesoamerica, and for their organisations and communities."
        }
      ]
    },
    "coverage": {
      "regions": [
        "mesoamerica"
      ],
      "countries": [
        "SV",
        "HN",
        "MX",
        "NI",
        "GT"
      ],
      "note": {
        "en": "National networks in El Salvador, Honduras and Mexico; solidarity networks with Nicaragua and Guatemala."
      }
    },
    "how_to_request": {
      "note": {
        "en": "The website has a page on communicating securely with IM-Defensoras; its details were not in the copy seen."
      }
    },
    "relations": [
      {
        "type": "works-with",
        "id": "central-american-womens-fund",
        "note": {
          "en": "The Central American Women's Fund co-founded IM-Defensoras and manages its rapid response funds."
        }
      },
      {
        "type": "works-with",
        "id": "jass",
        "note": {
          "en": "JASS co-founded IM-Defensoras."
        }
      }
    ],
    "sources": [
      {
        "url": "https://im-defensoras.org/en/2022/12/im-defensoras/",
        "consulted": "2026-11-25",
        "note": {
          "en": "Says the network has almost 3,000 women defenders and 300 organisations (2022)."
        }
      },
      {
        "url": "https://www.cuartopoder.mx/amp/chiapas/conmemoran-15-anos-de-im-defensoras/540921",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "2025 article; gives over 3,000 people and 240 organisations."
        }
      },
      {
        "url": "https://www.sigrid-rausing-trust.org/grantee/mesoamerican-initiative-for-women-human-rights-defenders/",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Funder's grantee profile."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "index-on-censorship",
    "name": {
      "en": "Index on Censorship"
    },
    "summary": {
      "en": "Free expression organisation that campaigns, publishes a magazine and runs the Freedom of Expression Awards Fellowship. The source consulted, a third-party profile, describes no emergency support for people at risk."
    },
    "types": [
      "advocacy-organisation"
    ],
    "services": [
      "advocacy"
    ],
    "service_mode": [
      "advocacy"
    ],
    "coverage": {
      "global": true,
      "note": {
        "en": "The source does not say where it works, and it gives no website or contact details."
      }
    },
    "sources": [
      {
        "url": "https://artistsatriskconnection.org/story/index-on-censorship",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Profile on the Artists at Risk Connection website."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "ishr",
    "name": {
      "en": "International Service for Human Rights"
    },
    "acronym": "ISHR",
    "summary": {
      "en": "Geneva-based organisation, with a small office in New York, that helps human rights defenders use the UN and regional human rights bodies, for example through its Human Rights Defender Advocacy Programme and at sessions of the African Commission on Human and Peoples' Rights. It also works to prevent intimidation and reprisals against people who cooperate with the UN. The sources describe no emergency material support and no way to ask for help."
    },
    "website": "https://ishr.ch/",
    "types": [
      "advocacy-organisation"
    ],
    "services": [
      "mechanism-access",
      "advocacy"
    ],
    "service_mode": [
      "advocacy"
    ],
    "beneficiaries": [
      "human-rights-defenders"
    ],
    "coverage": {
      "global": true,
      "note": {
        "en": "The sources do not say where the defenders it works with come from; its work centres on the UN and regional bodies."
      }
    },
    "sources": [
      {
        "url": "https://ishr.ch/node?page=1",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.ishr.ch/node?page=58",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://humanrightsdefenders.blog/2014/04/16/the-work-of-the-international-service-for-human-rights-in-the-limelight/",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Blog post about ISHR's work (2014)."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "jass",
    "name": {
      "en": "JASS (Just Associates)"
    },
    "acronym": "JASS",
    "summary": {
      "en": "Global feminist network with regional teams in Mesoamerica, Southern Africa and South-East Asia. It trains and accompanies women activists on power and safety, and helps women human rights defenders use UN mechanisms, for example in a case before the CEDAW Committee. It co-founded IM-Defensoras and is a member of the WHRD International Coalition; the sources describe no emergency grants and no way to ask for help."
    },
    "website": "https://justassociates.org/",
    "types": [
      "advocacy-organisation"
    ],
    "services": [
      "protection-training",
      "mechanism-access"
    ],
    "service_mode": [
      "direct-support",
      "advocacy"
    ],
    "beneficiaries": [
      "women-human-rights-defenders"
    ],
    "coverage": {
      "regions": [
        "mesoamerica",
        "southern-africa",
        "southeast-asia"
      ],
      "note": {
        "en": "Regional teams in Mesoamerica, Southern Africa and South-East Asia."
      }
    },
    "relations": [
      {
        "type": "works-with",
        "id": "im-defensoras",
        "note": {
          "en": "JASS co-founded IM-Defensoras."
        }
      }
    ],
    "sources": [
      {
        "url": "https://justassociates.org/article/why-was-jass-recently-united-nations-geneva/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://justassociates.org/article/were-so-proud-2014-letelier-moffitt-human-rights-awards/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://docslib.org/doc/4947202/jass-annual-report-2013-1",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Copy of the JASS Annual Report 2013."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "lifeline-embattled-cso-assistance-fund",
    "name": {
      "en": "Lifeline Embattled CSO Assistance Fund"
    },
    "summary": {
      "en": "Consortium of international organisations that gives small emergency grants to civil society groups under threat or attack, for example for medical or legal costs, prison visits, trial monitoring, relocation, security or equipment. It also gives advocacy and resiliency grants, which ICNL handles. A group of two or more activists qualifies without being registered if it can document its activism; ask by e-mail. Freedom House, which leads the consortium, closed programmes in January 2025, so check that the fund is still taking requests."
    },
    "website": "https://csolifeline.org/",
    "types": [
      "consortium",
      "rapid-response-fund"
    ],
    "services": [
      "emergency-grant",
      "medical-support",
      "legal-support",
      "detention-support",
      "trial-observation",
      "temporary-relocation",
      "security-support",
      "equipment-replacement",
      "advocacy-grant"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "civil-society-organisations"
    ],
    "applicant_types": [
      "group",
      "organisation"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The civil society organisation is a group of two or more activists."
        },
        {
          "en": "The group must be able to document its history of activism."
        }
      ],
      "registration_required": false
    },
    "coverage": {
      "global": true,
      "note": {
        "en": "The sources do not say in which countries or regions the fund works."
      }
    },
    "how_to_request": {
      "steps": [
        {
          "en": "For emergency assistance, write to the emergency assistance enquiries address."
        },
        {
          "en": "For advocacy or resiliency grants, write to ICNL at its Lifeline address."
        }
      ]
    },
    "contacts": [
      {
        "kind": "email",
        "label": {
          "en": "Emergency assistance enquiries"
        },
        "address": "emergency.assistance.inquiries@gmail.com",
        "source": "https://www.ccc-tck.org.ua/eng/news/35/",
        "note": {
          "en": "Given on a third-party page that describes the fund."
        }
      },
      {
        "kind": "email",
        "label": {
          "en": "Advocacy and resiliency grant applications (handled by ICNL)"
        },
        "address": "Lifeline@icnl.org",
        "source": "https://www.icnl.org/our-work/global-programs/lifeline"
      }
    ],
    "expectations": {
      "note": {
        "en": "Freedom House, which leads the consortium, says it was forced to close programmes in January 2025 after the US foreign-aid freeze. The sources do not say whether Lifeline was affected: confirm that it is still taking requests before relying on it."
      }
    },
    "relations": [
      {
        "type": "has-member",
        "id": "front-line-defenders"
      },
      {
        "type": "has-member",
        "id": "forum-asia"
      },
      {
        "type": "administered-by",
        "id": "civicus-crisis-response-fund"
      }
    ],
    "sources": [
      {
        "url": "https://www.icnl.org/our-work/global-programs/lifeline",
        "consulted": "2026-11-25",
        "title": "Lifeline – The Embattled CSO Assistance Fund",
        "note": {
          "en": "Page of ICNL, a member of the consortium."
        }
      },
      {
        "url": "https://www.ccc-tck.org.ua/eng/news/35/",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "A civil society organisation's page describing the fund; gives the emergency assistance e-mail address."
        }
      },
      {
        "url": "https://www.globalcitizen.org/en/content/lifeline-fund-civic-space/",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://mm3-lists.kictanet.or.ke/archives/list/kictanet@lists.kictanet.or.ke/message/TE4BAEDS7RHYVDVR4APQTMWPWVL7DFAB/attachment/3/attachment.html",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Mailing-list copy of a message from the fund; gives the website address."
        }
      },
      {
        "url": "https://freedomhouse.org/article/leading-way-defense-freedom-our-work-2025",
        "consulted": "2026-11-25",
        "note": {
          "en": "Freedom House on its work in 2025; says it was forced to close programmes in January 2025 after the US foreign-aid freeze. It is cited for that closure, not for Lifeline's own status."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "mama-cash",
    "name": {
      "en": "Mama Cash"
    },
    "summary": {
      "en": "Women's fund that gives core grants, including through its Resilience Fund, to groups self-led by women, girls, trans and intersex people. Since 2021 part of its grantmaking has been participatory. Groups with budgets under EUR 200,000 get priority."
    },
    "website": "https://www.mamacash.org/",
    "types": [
      "womens-fund",
      "donor"
    ],
    "services": [
      "core-funding"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "womens-groups"
    ],
    "applicant_types": [
      "group",
      "organisation"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The group is self-led by women, girls, trans or intersex people."
        }
      ],
      "note": {
        "en": "Priority goes to groups with budgets under EUR 200,000."
      }
    },
    "coverage": {
      "global": true,
      "note": {
        "en": "The pages consulted do not say in which countries or regions it funds groups."
      }
    },
    "sources": [
      {
        "url": "https://www.mamacash.org/en/en-what-we-do-and-do-not-fund",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.mamacash.org/en/our-funding-process",
        "consulted": "2026-11-25"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "martin-roth-initiative",
    "name": {
      "en": "Martin Roth-Initiative"
    },
    "acronym": "MRI",
    "summary": {
      "en": "German programme of ifa and the Goethe-Institut, funded by the German Foreign Office since 2018, that gives artists and cultural workers at risk temporary protective stays in Germany or in a safe country in their home region, with personal support and the chance to keep working. At-risk artists and German cultural institutions apply only through the MRI application platform, asking for access by e-mail. Stays in Germany are chosen through calls with deadlines; stays in safe countries outside Germany can be requested at any time."
    },
    "types": [
      "relocation-programme"
    ],
    "services": [
      "temporary-relocation",
      "residency"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "artists"
    ],
    "applicant_types": [
      "individual"
    ],
    "requesters": [
      "self",
      "host-organisation"
    ],
    "coverage": {
      "global": true,
      "note": {
        "en": "The sources do not say from which countries artists may apply. Stays are in Germany or in a safe country in the artist's home region."
      }
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Ask for access to the MRI application platform by e-mail."
        },
        {
          "en": "Apply through the platform; applications are accepted only there."
        },
        {
          "en": "For a stay in Germany, apply during a call, before its deadline (for example 15 April 2024)."
        },
        {
          "en": "For a stay in a safe country outside Germany, apply at any time; there is no deadline."
        }
      ],
      "note": {
        "en": "Application rules as quoted in 2024."
      }
    },
    "contacts": [
      {
        "kind": "email",
        "label": {
          "en": "To ask for access to the application platform"
        },
        "address": "apply@mri-application.de",
        "source": "https://www.art-in-berlin.de/incbmeld.php?id=6590"
      }
    ],
    "sources": [
      {
        "url": "https://fr.unesco.org/creativity/policy-monitoring-platform/martin-roth-initiative-2018",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "UNESCO policy monitoring platform entry."
        }
      },
      {
        "url": "https://www.art-in-berlin.de/incbmeld.php?id=6590",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Announcement quoting the Martin Roth-Initiative (2024); gives the application rules and e-mail address."
        }
      },
      {
        "url": "https://www.alumniportal-deutschland.org/en/germany/culture/martin-roth-initiative",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Article; gives more than 40 fellows by 2020, about 60% of them in Germany."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "media-defence",
    "name": {
      "en": "Media Defence"
    },
    "summary": {
      "en": "Legal defence organisation for journalists, citizen journalists and independent media facing legal action over their reporting, anywhere in the world. It can pay legal fees, find a lawyer and give the lawyer technical support, and it also runs strategic litigation and funds local legal-aid centres. Usually the lawyer applies, but the journalist, family, friends or a support organisation may also ask, sending the main legal documents, a budget for the case costs and the article or post concerned."
    },
    "website": "https://www.mediadefence.org/",
    "types": [
      "legal-defence",
      "journalist-support"
    ],
    "services": [
      "legal-support"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "journalists",
      "citizen-journalists",
      "media-outlets"
    ],
    "applicant_types": [
      "individual",
      "organisation"
    ],
    "requesters": [
      "legal-representative",
      "self",
      "relative",
      "third-party",
      "organisation-on-behalf"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The journalist or media outlet faces legal action over its reporting."
        }
      ]
    },
    "coverage": {
      "global": true,
      "note": {
        "en": "Litigation surgeries have been held in East, West and Southern Africa, Latin America and South-East Asia."
      }
    },
    "how_to_request": {
      "access": "open-application",
      "steps": [
        {
          "en": "Apply for case support, usually through the lawyer handling the case."
        }
      ],
      "documents": [
        {
          "en": "The main legal documents of the case."
        },
        {
          "en": "A budget covering the case costs only."
        },
        {
          "en": "The article or post concerned."
        }
      ],
      "note": {
        "en": "During a system update, applicants were asked to send a short outline of the case by e-mail instead; the address was not in the copy seen."
      }
    },
    "sources": [
      {
        "url": "https://www.mediadefence.org/apply-for-case-support/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.mediadefence.org/what-we-do/",
        "consulted": "2026-11-25"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "omct",
    "name": {
      "en": "World Organisation Against Torture"
    },
    "acronym": "OMCT",
    "summary": {
      "en": "Gives emergency material support to human rights defenders at risk, covering medical, legal, social, physical and digital security needs and relocation. Requests are judged on three criteria (who the person is, their situation and their needs), after a preliminary inquiry through its SOS-Torture Network."
    },
    "website": "https://www.omct.org/",
    "types": [
      "protection-organisation",
      "rapid-response-fund"
    ],
    "services": [
      "emergency-grant",
      "medical-support",
      "legal-support",
      "security-support",
      "digital-security-support",
      "temporary-relocation"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "human-rights-defenders"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "Requests are assessed on three criteria - identity, situation and needs."
        }
      ]
    },
    "coverage": {
      "global": true,
      "note": {
        "en": "The source does not say in which countries or regions the emergency support is available."
      }
    },
    "confidentiality": {
      "vetting": {
        "en": "A preliminary inquiry is made through the SOS-Torture Network."
      }
    },
    "relations": [
      {
        "type": "member-of",
        "id": "protectdefenders-eu"
      }
    ],
    "sources": [
      {
        "url": "https://www.omct.org/en/resources/news/emergency-material-support-to-human-rights-defenders-at-risk",
        "consulted": "2026-11-25"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "peace-brigades-international",
    "name": {
      "en": "Peace Brigades International"
    },
    "acronym": "PBI",
    "summary": {
      "en": "International organisation that protects threatened defenders through accompaniment by trained international volunteers (physical presence, regular check-in calls and an emergency alert network), together with observation and advocacy. It acts only when a local non-violent organisation asks it to, and it does not give money to the people it accompanies. PBI Italy lists field projects in Colombia, Guatemala, Mexico, Honduras and Kenya, with support work in Nepal and Indonesia; the sources give no contacts for the field projects."
    },
    "types": [
      "protection-organisation"
    ],
    "services": [
      "protective-accompaniment",
      "advocacy"
    ],
    "service_mode": [
      "direct-support",
      "advocacy"
    ],
    "beneficiaries": [
      "human-rights-defenders",
      "civil-society-organisations"
    ],
    "applicant_types": [
      "individual",
      "organisation"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "PBI acts only at the request of a local non-violent organisation."
        }
      ],
      "exclusions": [
        {
          "en": "Funding for the people or organisations it accompanies."
        }
      ]
    },
    "coverage": {
      "countries": [
        "CO",
        "GT",
        "MX",
        "HN",
        "KE",
        "NP",
        "ID"
      ],
      "note": {
        "en": "Field projects in Colombia, Guatemala, Mexico, Honduras and Kenya, and support work in Nepal and Indonesia (PBI Italy). An older AWID directory entry lists Colombia, Guatemala, Mexico and Nepal."
      }
    },
    "how_to_request": {
      "steps": [
        {
          "en": "A local non-violent organisation asks the PBI field project in its country for accompaniment."
        }
      ],
      "note": {
        "en": "Contact details of the field projects are not in the sources seen. The AWID directory says PBI's site is in English and Spanish."
      }
    },
    "sources": [
      {
        "url": "https://www.pbi-italy.org/chi-siamo/chi-accompagniamo",
        "consulted": "2026-11-25",
        "note": {
          "en": "Page of PBI Italy, a PBI country group; lists the field projects."
        }
      },
      {
        "url": "https://pbicanada.org/about/faqs",
        "consulted": "2026-11-25",
        "note": {
          "en": "FAQ of PBI Canada, a PBI country group."
        }
      },
      {
        "url": "https://urgent-responses.awid.org/WHRD/list-of-all-organizations/peace-brigades-international/",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Older AWID directory entry."
        }
      },
      {
        "url": "https://www.pcpd.org/",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Copy of a PBI text."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "pen-international",
    "name": {
      "en": "PEN International – Writers in Prison Committee"
    },
    "summary": {
      "en": "The Writers in Prison Committee of PEN International campaigns for writers, journalists, publishers, editors and bloggers detained or persecuted for their work, but not for people who advocate violence. It keeps a list of about 900 cases, sends Rapid Action Network appeals, arranges honorary membership of national PEN centres and observes trials; a 2010 guide also mentions a PEN Emergency Fund. It confirms each case through two independent sources and evaluates applications to ICORN; the sources do not say how to submit a case."
    },
    "types": [
      "freedom-of-expression-network",
      "advocacy-organisation"
    ],
    "services": [
      "urgent-appeals",
      "advocacy",
      "trial-observation"
    ],
    "service_mode": [
      "advocacy"
    ],
    "beneficiaries": [
      "writers",
      "journalists",
      "citizen-journalists"
    ],
    "applicant_types": [
      "individual"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "Writers, journalists, publishers, editors and bloggers detained or persecuted because of their work."
        }
      ],
      "exclusions": [
        {
          "en": "People who advocate violence."
        }
      ]
    },
    "coverage": {
      "global": true
    },
    "confidentiality": {
      "vetting": {
        "en": "Each case is confirmed through two independent sources."
      }
    },
    "relations": [
      {
        "type": "works-with",
        "id": "icorn",
        "note": {
          "en": "PEN International evaluates ICORN applications."
        }
      }
    ],
    "sources": [
      {
        "url": "https://www.pen-deutschland.de/en/themen/writers-in-prison/",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Page of PEN Germany, a national PEN centre, on the Writers in Prison work."
        }
      },
      {
        "url": "https://paperzz.com/doc/9272832/a-guide-to-defending-writers-under-attack",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Copy of a 2010 guide to defending writers under attack; mentions the PEN Emergency Fund."
        }
      },
      {
        "url": "https://scottishpen.org/writers-at-risk-working-to-establish-international-cities-of-refuge-in-scotland",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Page of Scottish PEN, a national PEN centre."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "protectdefenders-eu",
    "name": {
      "en": "ProtectDefenders.eu"
    },
    "summary": {
      "en": "The European Union's mechanism for human rights defenders at risk, run by a consortium of organisations. Its emergency grants, paid through partner organisations and capped at EUR 10,000, cover costs such as security, legal, medical and urgent relocation, and it funds host organisations for temporary relocations of up to 6 or 12 months. In an emergency, call the 24/7 hotline run by Front Line Defenders. The newest page says the Secretariat no longer assesses grant application forms centrally: send a support request through the form on its website instead."
    },
    "website": "https://protectdefenders.eu/",
    "types": [
      "consortium",
      "rapid-response-fund",
      "relocation-programme"
    ],
    "services": [
      "emergency-grant",
      "security-support",
      "digital-security-support",
      "legal-support",
      "medical-support",
      "temporary-relocation"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "human-rights-defenders"
    ],
    "requesters": [
      "self",
      "third-party",
      "host-organisation"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The applicant is a human rights defender as defined by the UN Declaration on Human Rights Defenders."
        },
        {
          "en": "The applicant faces risks because of their human rights work."
        },
        {
          "en": "The applicant needs urgent support."
        }
      ],
      "note": {
        "en": "Emergency grants can pay for 11 kinds of cost, including physical and digital security, legal and medical support and urgent relocation."
      }
    },
    "coverage": {
      "global": true
    },
    "how_to_request": {
      "access": "open-application",
      "steps": [
        {
          "en": "In an emergency, call the 24/7 hotline run by Front Line Defenders."
        },
        {
          "en": "For other support, send a request through the request form on the ProtectDefenders.eu website."
        },
        {
          "en": "The pages also list a secure web form on the website as a channel."
        },
        {
          "en": "For temporary relocation, use the relocation application form; the host organisation, the defender or a third party may apply."
        }
      ],
      "note": {
        "en": "The pages also list Skype as a channel (no account name is recorded here). The newest version of the page says the Secretariat no longer assesses grant application forms through a central channel and asks for a request form instead."
      }
    },
    "contacts": [
      {
        "kind": "hotline",
        "label": {
          "en": "24/7 emergency hotline, run by Front Line Defenders"
        },
        "number": "+353 1 21 00 489",
        "languages": [
          "ar",
          "en",
          "fr",
          "ru",
          "es"
        ],
        "hours": {
          "always_open": true
        },
        "source": "https://protectdefenders.eu/protecting-defenders/"
      }
    ],
    "amounts": [
      {
        "label": {
          "en": "EU-funded emergency grant"
        },
        "max": 10000,
        "currency": "EUR",
        "per": "grant",
        "seen": "2026-11-25",
        "source": "https://protectdefenders.eu/protecting-defenders/"
      }
    ],
    "status": {
      "value": "open",
      "seen": "2026-11-25",
      "source": "https://protectdefenders.eu/protecting-defenders",
      "note": {
        "en": "The Secretariat no longer assesses grant application forms through its central channel; requests for support go through a request form instead."
      }
    },
    "relations": [
      {
        "type": "has-member",
        "id": "front-line-defenders"
      },
      {
        "type": "has-member",
        "id": "fidh"
      },
      {
        "type": "has-member",
        "id": "omct"
      },
      {
        "type": "has-member",
        "id": "reporters-without-borders"
      },
      {
        "type": "has-member",
        "id": "urgent-action-fund"
      },
      {
        "type": "has-member",
        "id": "euromed-rights-foundation"
      },
      {
        "type": "has-member",
        "id": "forum-asia"
      },
      {
        "type": "has-member",
        "id": "defenddefenders"
      },
      {
        "type": "works-with",
        "id": "gulf-centre-for-human-rights"
      }
    ],
    "sources": [
      {
        "url": "https://protectdefenders.eu/protecting-defenders/",
        "consulted": "2026-11-25",
        "title": "ProtectDefenders.eu – protecting defenders",
        "note": {
          "en": "One of two addresses recorded for this page (with and without the final slash); describes the emergency grants, the EUR 10,000 limit and the hotline. The research notes do not say which address showed which version of the page."
        }
      },
      {
        "url": "https://protectdefenders.eu/protecting-defenders",
        "consulted": "2026-11-25",
        "note": {
          "en": "Other recorded address of the same page, taken as the later version that says grant application forms are no longer assessed through the central channel."
        }
      },
      {
        "url": "https://protectdefenders.eu/en/supporting-defenders.html",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://protectdefenders.eu/temporary-relocation-application/",
        "consulted": "2026-11-25",
        "title": "Grant application form for temporary relocation"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "protection-international",
    "name": {
      "en": "Protection International"
    },
    "summary": {
      "en": "International organisation that helps defenders manage their own security through training, coaching and advice, including helping women defenders analyse their risks. It has run in-country Protection Desks, supports early warning systems and raises defenders' situations with the EU, the UN and regional bodies; it has had requests from defenders in more than 40 countries. The sources describe no emergency grants and no way to ask for help."
    },
    "website": "https://protectioninternational.org/",
    "types": [
      "protection-organisation"
    ],
    "services": [
      "protection-training",
      "safety-advice",
      "advocacy"
    ],
    "service_mode": [
      "direct-support",
      "advocacy"
    ],
    "beneficiaries": [
      "human-rights-defenders",
      "women-human-rights-defenders"
    ],
    "coverage": {
      "countries": [
        "GT",
        "CO",
        "MX",
        "UG",
        "KE",
        "CD",
        "TH"
      ],
      "note": {
        "en": "Countries with a Protection Desk in 2010; the sources do not say where it works now. It has had requests from defenders in more than 40 countries."
      }
    },
    "sources": [
      {
        "url": "https://protectioninternational.org/what-we-do/protection/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://protectioninternational.org/what-we-do/protection/protection-desk/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://protectioninternational.org/human-rights-defenders/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.protectioninternational.org/researchpublications/annual-report-2010/",
        "consulted": "2026-11-25",
        "note": {
          "en": "Annual report 2010; lists the Protection Desks of that year."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "reporters-without-borders",
    "name": {
      "en": "Reporters Without Borders"
    },
    "acronym": "RSF",
    "summary": {
      "en": "Press freedom organisation whose Assistance Desk helps journalists at risk with medical care, legal fees, a safe refuge, needs in exile and support for their families. It can also write letters supporting asylum claims. Individuals, NGOs and media outlets can write or call the Assistance Desk in Paris; it cannot say yes to every request."
    },
    "website": "https://rsf.org/",
    "types": [
      "journalist-support"
    ],
    "services": [
      "medical-support",
      "legal-support",
      "temporary-relocation",
      "exile-support",
      "family-support"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "journalists",
      "families-of-defenders"
    ],
    "applicant_types": [
      "individual"
    ],
    "coverage": {
      "global": true
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Write to the Assistance Desk by post, or call the number for individuals or the number for NGOs and media outlets."
        }
      ],
      "note": {
        "en": "The Assistance Desk e-mail addresses were not legible in the copy of the page consulted, so they are not given here."
      }
    },
    "contacts": [
      {
        "kind": "phone",
        "label": {
          "en": "Assistance Desk, requests from individuals"
        },
        "number": "+33 1 4483 8466",
        "source": "https://rsf.org/en/individual-support"
      },
      {
        "kind": "phone",
        "label": {
          "en": "Assistance Desk, requests from NGOs and media outlets"
        },
        "number": "+33 1 4483 6056",
        "source": "https://rsf.org/en/individual-support"
      },
      {
        "kind": "postal",
        "label": {
          "en": "Assistance Desk"
        },
        "address": [
          "Reporters Without Borders",
          "Assistance Desk",
          "CS 90247",
          "75083 Paris Cedex 02"
        ],
        "country": "FR",
        "source": "https://rsf.org/en/individual-support"
      }
    ],
    "expectations": {
      "guaranteed": false,
      "note": {
        "en": "RSF says it is not able to respond favourably to every request."
      }
    },
    "relations": [
      {
        "type": "member-of",
        "id": "protectdefenders-eu"
      }
    ],
    "sources": [
      {
        "url": "https://rsf.org/en/individual-support",
        "consulted": "2026-11-25",
        "title": "Individual support",
        "note": {
          "en": "Read through a third-party copy of this page."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "rory-peck-trust",
    "name": {
      "en": "Rory Peck Trust"
    },
    "summary": {
      "en": "Supports professional freelance news journalists and their families. Its Assistance Fund gives grants for medical and rehabilitation costs, living costs, legal advice, relocation, exile and replacing equipment. Applicants need proof of income and two references, and the process takes from one to several weeks."
    },
    "website": "https://rorypecktrust.org/",
    "types": [
      "journalist-support",
      "rapid-response-fund"
    ],
    "services": [
      "emergency-grant",
      "medical-support",
      "living-costs",
      "legal-support",
      "temporary-relocation",
      "exile-support",
      "equipment-replacement",
      "family-support"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "freelance-journalists",
      "families-of-defenders"
    ],
    "applicant_types": [
      "individual"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The applicant is a professional freelance news journalist."
        },
        {
          "en": "Proof of income."
        },
        {
          "en": "Two references."
        }
      ],
      "referee_required": true
    },
    "coverage": {
      "global": true,
      "note": {
        "en": "The source consulted does not state a geographical limit."
      }
    },
    "response_time": {
      "min": 1,
      "unit": "weeks",
      "note": {
        "en": "The process takes from one to several weeks."
      }
    },
    "sources": [
      {
        "url": "https://rorypecktrust.org/freelance-assistance/assistance-fund/",
        "consulted": "2026-11-25"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "scholars-at-risk",
    "name": {
      "en": "Scholars at Risk"
    },
    "acronym": "SAR",
    "summary": {
      "en": "Network that arranges temporary research or teaching positions at member institutions for scholars threatened because of their work or status, for three months to two years (on average one academic year). It also gives advice, referrals and career support, and points applicants it cannot take on to other resources. Ask for help with its application for assistance; since 2000 it has received more than 5,000 applications and arranged more than 1,200 positions."
    },
    "website": "https://www.scholarsatrisk.org/",
    "types": [
      "relocation-programme"
    ],
    "services": [
      "residency",
      "referral"
    ],
    "service_mode": [
      "direct-support",
      "referral"
    ],
    "beneficiaries": [
      "scholars"
    ],
    "applicant_types": [
      "individual"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "Professors, researchers, doctoral students, institutional leaders and others in higher education who are threatened because of their work or status."
        }
      ]
    },
    "coverage": {
      "global": true
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Submit an application for assistance to Scholars at Risk."
        }
      ],
      "note": {
        "en": "The address of the application was not in the copies seen."
      }
    },
    "expectations": {
      "note": {
        "en": "Since 2000 SAR has received more than 5,000 applications and arranged more than 1,200 positions. It suggests other resources to applicants it cannot accept."
      }
    },
    "sources": [
      {
        "url": "https://www.scholarsatrisk.org/faqs/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://sareurope.eu/inspireurope/frequently-asked-questions",
        "consulted": "2026-11-25",
        "note": {
          "en": "FAQ of SAR Europe (Inspireurope)."
        }
      },
      {
        "url": "https://www.thingsaregood.com/2022/10/12/saving-scholars-from-scary-situations/",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Article quoting Scholars at Risk (2022)."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "shelter-city",
    "name": {
      "en": "Shelter City (Justice & Peace Netherlands)"
    },
    "summary": {
      "en": "Justice & Peace Netherlands programme, running since 2012, that hosts threatened defenders for three months in a Dutch city or a partner city abroad. Stays include rest, security training, wellbeing activities, medical and psychological support and networking. The Netherlands holds two calls for applications a year; other host countries have their own process. Applicants must be able to come alone, speak basic English (a few places exist for French or Spanish speakers) and return home after three months."
    },
    "website": "https://sheltercity.org/",
    "types": [
      "relocation-programme"
    ],
    "services": [
      "temporary-relocation",
      "rest-respite",
      "protection-training",
      "psychosocial-support",
      "medical-support"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "human-rights-defenders"
    ],
    "applicant_types": [
      "individual"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "A human rights defender, in the broad sense, who is threatened or under intense pressure."
        },
        {
          "en": "Able and willing to return home after three months."
        },
        {
          "en": "Able to come alone."
        },
        {
          "en": "A last resort, when shelter in the defender's own region is not possible."
        }
      ],
      "language_requirement": {
        "en": "Basic English; a few places are available for French or Spanish speakers."
      },
      "note": {
        "en": "Conditions from the 2018 and 2021 calls for applications."
      }
    },
    "coverage": {
      "global": true,
      "note": {
        "en": "Hosts defenders in 13 cities in the Netherlands and 8 cities abroad, in Georgia, Costa Rica, Tanzania, Benin, the United Kingdom and Nepal; a 2023 Justice & Peace page also lists France. The sources do not say from which countries defenders may apply."
      }
    },
    "how_to_request": {
      "access": "calls-for-applications",
      "steps": [
        {
          "en": "For the Netherlands, apply in one of the two yearly calls: around March or April for stays from September to December, and around August or September for stays from April to July."
        },
        {
          "en": "Shelter City programmes in other countries each have their own application process."
        }
      ]
    },
    "sources": [
      {
        "url": "https://sheltercity.org/apply/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://justiceandpeace.nl/en/initiatives/shelter-city-programme/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://en.justiceandpeace.nl/human-rights-defenders-and-security-info/why-shelter-city",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://justiceandpeace.nl/en/shelter-city-netherlands-call-for-applications-for-2021",
        "consulted": "2026-11-25",
        "note": {
          "en": "Call for applications for 2021."
        }
      },
      {
        "url": "https://www.globalobservers.net/human-rights/call-for-application-shelter-city-for-human-rights-defenders/",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Copy of the 2018 call for applications."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "smex-digital-safety-helpdesk",
    "name": {
      "en": "SMEX Digital Safety Helpdesk"
    },
    "summary": {
      "en": "Helpdesk for human rights defenders, activists and journalists in Arabic-speaking countries who face digital threats such as doxxing, harassment, sextortion or hacked accounts. The source does not give its full opening hours or how to reach it."
    },
    "website": "https://smex.org/helpdesk/",
    "types": [
      "digital-security-helpline"
    ],
    "services": [
      "digital-incident-response",
      "digital-security-support"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "human-rights-defenders",
      "journalists"
    ],
    "coverage": {
      "regions": [
        "middle-east-north-africa"
      ],
      "note": {
        "en": "Arabic-speaking countries."
      }
    },
    "sources": [
      {
        "url": "https://smex.org/helpdesk/",
        "consulted": "2026-11-25"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "southern-africa-human-rights-defenders-network",
    "name": {
      "en": "Southern Africa Human Rights Defenders Network"
    },
    "acronym": "SAHRDN",
    "summary": {
      "en": "Network for human rights defenders in Southern Africa, also known as SouthernDefenders. It offers round-the-clock, gender-sensitive emergency protection, both preventive and reactive, flexible protection grants, rapid response and alert systems with media, lawyers and doctors, and training on risk, digital security and documentation. The sources do not say how to ask for help."
    },
    "website": "https://www.southernafricadefenders.africa/",
    "types": [
      "regional-network",
      "protection-organisation"
    ],
    "services": [
      "emergency-grant",
      "solidarity-network",
      "protection-training"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "human-rights-defenders"
    ],
    "coverage": {
      "regions": [
        "southern-africa"
      ],
      "countries": [
        "AO",
        "BW",
        "LS",
        "MW",
        "MZ",
        "ZA",
        "ZM",
        "ZW"
      ],
      "note": {
        "en": "Countries as listed by AfricanDefenders."
      }
    },
    "relations": [
      {
        "type": "member-of",
        "id": "africandefenders"
      }
    ],
    "sources": [
      {
        "url": "https://www.southernafricadefenders.africa/programme-areas/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.southernafricadefenders.africa/shortcodes/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://africandefenders.org/membres/afrique-du-sud/",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "AfricanDefenders page on the network; lists its countries and says its secretariat is hosted by the South Africa office of the International Commission of Jurists."
        }
      },
      {
        "url": "https://www.frontlinedefenders.org/en/organization/southern-african-human-rights-defenders-network",
        "consulted": "2026-11-25",
        "third_party": true
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "urgent-action-fund",
    "name": {
      "en": "Urgent Action Fund for Women's Human Rights"
    },
    "acronym": "UAF",
    "summary": {
      "en": "Women's human rights fund that gives rapid response grants of up to USD 8,000 (an older page said USD 5,000) to women and trans defenders and to groups led by women or trans people in Central Asia, the Middle East, Western and Eastern Europe, the South Caucasus, Russia, Turkey, the United States and Canada. Security grants protect defenders at risk and can also support their families; opportunity grants fund unexpected chances to act. Requests are taken in any language on any day of the year, with an answer within 72 hours and money within 1 to 7 days."
    },
    "website": "https://urgentactionfund.org/",
    "types": [
      "womens-fund",
      "rapid-response-fund"
    ],
    "services": [
      "emergency-grant",
      "security-support",
      "family-support"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "women-human-rights-defenders",
      "trans-non-binary-defenders",
      "families-of-defenders"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The group or action is led by women or trans people."
        },
        {
          "en": "The situation was unanticipated and needs an urgent response."
        },
        {
          "en": "The action must be carried out within three months."
        }
      ]
    },
    "coverage": {
      "regions": [
        "europe-central-asia",
        "gulf",
        "mashreq",
        "north-america"
      ],
      "countries": [
        "IL"
      ],
      "note": {
        "en": "The fund lists Central Asia, the Middle East, Western and Eastern Europe, the South Caucasus, Russia, Turkey, the United States and Canada; it does not name North Africa. Its sister funds cover Africa, Latin America and the Caribbean, and Asia and the Pacific."
      }
    },
    "how_to_request": {
      "access": "open-application",
      "note": {
        "en": "Requests are accepted in any language, on any day of the year."
      }
    },
    "response_time": {
      "max": 72,
      "unit": "hours"
    },
    "disbursement_time": {
      "min": 1,
      "max": 7,
      "unit": "days"
    },
    "amounts": [
      {
        "label": {
          "en": "Rapid response grant"
        },
        "max": 8000,
        "currency": "USD",
        "per": "grant",
        "seen": "2026-11-25",
        "source": "https://urgentactionfund.org/apply-for-a-grant/faq/",
        "note": {
          "en": "An older third-party page gives a maximum of USD 5,000."
        }
      }
    ],
    "relations": [
      {
        "type": "member-of",
        "id": "protectdefenders-eu"
      },
      {
        "type": "sister-fund",
        "id": "urgent-action-fund-africa"
      },
      {
        "type": "sister-fund",
        "id": "fondo-accion-urgente-america-latina"
      },
      {
        "type": "sister-fund",
        "id": "urgent-action-fund-asia-pacific"
      }
    ],
    "sources": [
      {
        "url": "https://urgentactionfund.org/apply-for-a-grant/faq/",
        "consulted": "2026-11-25",
        "title": "FAQ"
      },
      {
        "url": "https://urgentactionfund.org/apply-for-a-grant/criteriado-i-fit/",
        "consulted": "2026-11-25",
        "title": "Types of Grants & Criteria"
      },
      {
        "url": "https://urgentactionfund.org/who-we-are/mission-history/",
        "consulted": "2026-11-25",
        "title": "Mission & History"
      },
      {
        "url": "https://forumofwomenngos.kg/urgent-action-fund/",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Older description of the fund; gives a lower grant ceiling (USD 5,000)."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "urgent-action-fund-africa",
    "name": {
      "en": "Urgent Action Fund-Africa"
    },
    "acronym": "UAF-Africa",
    "summary": {
      "en": "Women's rights fund for Africa that gives rapid response grants, among other things to protect women human rights defenders persecuted for their work. It works around the clock every day of the year, answers most requests within 48 hours and pays out within 1 to 5 days. Apply with the forms on its website, in English, French, Kiswahili, Portuguese or Arabic."
    },
    "website": "https://www.uaf-africa.org/",
    "types": [
      "womens-fund",
      "rapid-response-fund"
    ],
    "services": [
      "emergency-grant"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "women-human-rights-defenders"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The request must be strategic, unanticipated, time-urgent, sustainable and supported."
        }
      ],
      "language_requirement": {
        "en": "The sources list its languages as English, French, Kiswahili, Portuguese and Arabic."
      }
    },
    "coverage": {
      "regions": [
        "africa"
      ]
    },
    "how_to_request": {
      "access": "open-application",
      "steps": [
        {
          "en": "Use the application forms on the fund's website."
        }
      ],
      "note": {
        "en": "The fund works 24 hours a day, 365 days a year. The e-mail address for applications could not be read in the copy of the FAQ consulted, so it is not given here."
      }
    },
    "response_time": {
      "max": 48,
      "unit": "hours",
      "note": {
        "en": "For most requests."
      }
    },
    "disbursement_time": {
      "min": 1,
      "max": 5,
      "unit": "days"
    },
    "relations": [
      {
        "type": "sister-fund",
        "id": "urgent-action-fund"
      },
      {
        "type": "sister-fund",
        "id": "fondo-accion-urgente-america-latina"
      },
      {
        "type": "sister-fund",
        "id": "urgent-action-fund-asia-pacific"
      }
    ],
    "sources": [
      {
        "url": "https://www.uaf-africa.org/about-us/what-we-do/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.scribd.com/document/814571319/UAF-Africa-Frequently-Asked-Questions",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Copy of the fund's FAQ."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "urgent-action-fund-asia-pacific",
    "name": {
      "en": "Urgent Action Fund Asia & Pacific"
    },
    "acronym": "UAF A&P",
    "summary": {
      "en": "Rapid response fund for women, trans and non-binary human rights defenders at risk in Asia and the Pacific. Grants of up to USD 5,000 can pay for relocation or urgent legal help. Requests are accepted in any language, 365 days a year, and the fund answers within 72 hours."
    },
    "website": "https://www.uafanp.org/",
    "types": [
      "womens-fund",
      "rapid-response-fund"
    ],
    "services": [
      "emergency-grant",
      "temporary-relocation",
      "legal-support"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "women-human-rights-defenders",
      "trans-non-binary-defenders"
    ],
    "coverage": {
      "regions": [
        "asia-pacific"
      ]
    },
    "how_to_request": {
      "note": {
        "en": "Requests are accepted in any language, 365 days a year."
      }
    },
    "response_time": {
      "max": 72,
      "unit": "hours"
    },
    "amounts": [
      {
        "label": {
          "en": "Rapid response grant"
        },
        "max": 5000,
        "currency": "USD",
        "per": "grant",
        "seen": "2026-11-25",
        "source": "https://www.uafanp.org/news/uafanp-set-up-home-in-anp",
        "note": {
          "en": "Stated when the fund was launched; may have changed."
        }
      }
    ],
    "relations": [
      {
        "type": "sister-fund",
        "id": "urgent-action-fund"
      },
      {
        "type": "sister-fund",
        "id": "urgent-action-fund-africa"
      },
      {
        "type": "sister-fund",
        "id": "fondo-accion-urgente-america-latina"
      }
    ],
    "sources": [
      {
        "url": "https://www.uafanp.org/news/uafanp-set-up-home-in-anp",
        "consulted": "2026-11-25",
        "title": "Urgent Action Fund sets up home in Asia and Pacific"
      },
      {
        "url": "https://issuu.com/uafanp/docs/uaf_a_p_organisational_review_2018-23",
        "consulted": "2026-11-25",
        "title": "Organisational Review 2018-2023",
        "note": {
          "en": "The fund's own report, published on Issuu; describes it as serving women, trans and non-binary defenders."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "west-african-human-rights-defenders-network",
    "name": {
      "en": "West African Human Rights Defenders Network",
      "fr": "Réseau Ouest Africain des Défenseurs des Droits Humains"
    },
    "acronym": "ROADDH/WAHRDN",
    "summary": {
      "en": "Network of national coalitions and focal points in 16 West African countries, with its secretariat in Lomé, Togo, and observer status at the African Commission on Human and Peoples' Rights. It builds capacity, monitors and documents attacks, makes urgent interventions, refers cases to national, regional and international mechanisms and does advocacy, with a programme for women and other vulnerable defenders since 2018. The sources do not say how to ask for help."
    },
    "website": "https://westafricadefenders.org/",
    "types": [
      "regional-network"
    ],
    "services": [
      "protection-training",
      "documentation",
      "urgent-appeals",
      "referral",
      "mechanism-access",
      "advocacy"
    ],
    "service_mode": [
      "advocacy",
      "referral"
    ],
    "beneficiaries": [
      "human-rights-defenders",
      "women-human-rights-defenders"
    ],
    "coverage": {
      "regions": [
        "west-africa"
      ],
      "countries": [
        "BJ",
        "BF",
        "CV",
        "CI",
        "GM",
        "GH",
        "GN",
        "GW",
        "LR",
        "ML",
        "MR",
        "NE",
        "NG",
        "SN",
        "SL",
        "TG"
      ]
    },
    "relations": [
      {
        "type": "member-of",
        "id": "africandefenders"
      }
    ],
    "sources": [
      {
        "url": "https://westafricadefenders.org/en/rapport-annuel-2025-du-roaddh-un-signal-dalarme-pour-la-protection-des-defenseurs-des-droits-humains-en-afrique-de-louest/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://africanmediaagency.com/strengthening-the-promotion-and-protection-of-whrds-and-hrds-in-west-africa-wahrdn-takes-stock/?lang=fr",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://www.dakaractu.com/Reseau-Ouest-africain-des-defenseurs-des-droits-humains-Aliou-Sane-integre-le-conseil-d-administration_a236965.html",
        "consulted": "2026-11-25",
        "third_party": true
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "whrd-mena-coalition",
    "name": {
      "en": "WHRD MENA Coalition"
    },
    "summary": {
      "en": "Coalition of women human rights defenders, groups and organisations in the Middle East and North Africa, started at a meeting in Cairo in June 2013 convened by Nazra for Feminist Studies. It advocates for women defenders, documents violations against them and organises solidarity; a third-party profile says it also provides safe houses. The sources do not say how to ask for help."
    },
    "website": "https://www.whrdmena.org/",
    "types": [
      "regional-network"
    ],
    "services": [
      "advocacy",
      "documentation",
      "solidarity-network",
      "shelter"
    ],
    "service_mode": [
      "advocacy",
      "direct-support"
    ],
    "beneficiaries": [
      "women-human-rights-defenders"
    ],
    "coverage": {
      "regions": [
        "middle-east-north-africa"
      ]
    },
    "sources": [
      {
        "url": "https://www.whrdmena.org/about/?lang=en",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.ishr.ch/news/middle-east-north-africa-whrd-coalition-glimpse-hope",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://www.nobelwomensinitiative.org/unfinished_revolution_resistance_and_resilience_of_women_activists",
        "consulted": "2026-11-25",
        "third_party": true
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  },
  {
    "kind": "organisation",
    "id": "womens-fund-asia",
    "name": {
      "en": "Women's Fund Asia"
    },
    "summary": {
      "en": "Women's fund that gives grants to organisations working for the rights of women, girls, trans and intersex people in Asia. It runs the Dutch-funded Leading from the South fund for Asia, with small grants for community-level groups and medium and large grants. Grants are given through calls for applications; the 2022 Leading from the South call was marked closed when last checked. A 2025 third-party account also mentions crisis response and travel grants."
    },
    "website": "https://www.womensfundasia.org/",
    "types": [
      "womens-fund",
      "donor"
    ],
    "services": [
      "core-funding"
    ],
    "service_mode": [
      "direct-support"
    ],
    "beneficiaries": [
      "civil-society-organisations",
      "young-activists"
    ],
    "applicant_types": [
      "organisation",
      "group"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "In the 2018 Leading from the South call, applicants were organisations working on the rights of women, girls, trans and intersex people in 18 countries of Asia."
        },
        {
          "en": "The 2018 call was also open to girl-led groups whose leaders were aged 18 to 24."
        }
      ]
    },
    "coverage": {
      "countries": [
        "AF",
        "BD",
        "BT",
        "KH",
        "IN",
        "ID",
        "LA",
        "MY",
        "MV",
        "MN",
        "MM",
        "NP",
        "PK",
        "PH",
        "LK",
        "TH",
        "TL",
        "VN"
      ],
      "note": {
        "en": "Countries eligible in the 2018 Leading from the South call."
      }
    },
    "how_to_request": {
      "access": "calls-for-applications",
      "note": {
        "en": "An old copy of the 2018 call gave an e-mail address for applications; it is not listed here because it may be out of date."
      }
    },
    "status": {
      "value": "paused",
      "seen": "2026-11-25",
      "source": "https://www.womensfundasia.org/LFSCall/",
      "note": {
        "en": "The page of the 2022 Leading from the South call showed it as closed, and no open call was seen. The fund takes applications only through calls, so wait for or ask about a new call."
      }
    },
    "sources": [
      {
        "url": "https://www.womensfundasia.org/index.php?r=whatWeDo/leadingfromtheSouth",
        "consulted": "2026-11-25",
        "note": {
          "en": "Leading from the South page (2018)."
        }
      },
      {
        "url": "https://www.womensfundasia.org/LFSCall/",
        "consulted": "2026-11-25",
        "note": {
          "en": "Leading from the South call (2022), marked closed."
        }
      },
      {
        "url": "https://www.weareaptn.org/2025/10/01/fellowship-recap-conversations-with-donors-resourcing-trans-and-feminist-movements",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "2025 account that mentions crisis response and travel grants."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the organisation."
      }
    }
  }
];

/** Every mechanism record, sorted by id. */
export const mechanisms: readonly MechanismEntry[] = [
  {
    "kind": "mechanism",
    "id": "achpr-communications",
    "name": {
      "en": "African Commission on Human and Peoples' Rights – communications and provisional measures"
    },
    "acronym": "ACHPR",
    "summary": {
      "en": "The African Commission examines complaints (communications) that a State violated the African Charter on Human and Peoples' Rights, and can request provisional measures to prevent irreparable harm. Any victim, individual or organisation may file, showing its link to the victim, normally after domestic remedies have been tried. File with the complaint form on the Commission's website or by letter to its Secretariat in Banjul; a decision can take several sessions."
    },
    "website": "https://achpr.au.int/",
    "system": "african-union",
    "type": "regional-commission",
    "procedures": [
      {
        "type": "individual-complaint",
        "description": {
          "en": "Communications under Article 55 of the African Charter, admissible only if they meet the conditions of Article 56."
        }
      },
      {
        "type": "provisional-measures",
        "urgent": true,
        "description": {
          "en": "May be requested to prevent irreparable harm while a communication is examined."
        }
      }
    ],
    "limits": [
      {
        "en": "All the admissibility conditions of Article 56 of the Charter must be met, including exhaustion of domestic remedies (with exceptions)."
      },
      {
        "en": "A decision can take several sessions of the Commission."
      },
      {
        "en": "A communication stays confidential until the African Union Assembly has adopted the Commission's decision."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "any-person"
    ],
    "applicant_types": [
      "individual",
      "organisation"
    ],
    "requesters": [
      "self",
      "organisation-on-behalf",
      "third-party"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The authors must be named."
        },
        {
          "en": "The complaint must be compatible with the African Charter and use no insulting language."
        },
        {
          "en": "It must not be based only on news reports."
        },
        {
          "en": "Domestic remedies must have been exhausted, with some exceptions."
        },
        {
          "en": "It must be submitted within a reasonable time."
        },
        {
          "en": "The matter must not have been settled by another procedure."
        },
        {
          "en": "The Commission asks for the author's link to the victim."
        }
      ],
      "language_requirement": {
        "en": "The sources give French, English, Arabic and Portuguese; an ISHR page lists African Union languages including Swahili and Spanish."
      },
      "domestic_remedies": "exhausted-unless-ineffective",
      "note": {
        "en": "The sources say domestic remedies must be exhausted \"with exceptions\" without listing them all."
      }
    },
    "coverage": {
      "regions": [
        "africa"
      ],
      "note": {
        "en": "States party to the African Charter on Human and Peoples' Rights."
      }
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Use the complaint form on the Commission's website, or write a letter to the Secretariat in Banjul, The Gambia, by e-mail or post."
        },
        {
          "en": "If there is a risk of irreparable harm, ask for provisional measures in the communication."
        }
      ],
      "note": {
        "en": "Older guides gave a postal address, fax number and e-mail address for the Secretariat that may be outdated; they are not listed here. Use the contact details on the Commission's current website."
      }
    },
    "confidentiality": {
      "anonymity_allowed": false,
      "data_sharing": {
        "en": "Communications stay confidential until the African Union Assembly adopts the Commission's decision."
      }
    },
    "expectations": {
      "note": {
        "en": "A communication received at least two months before a session can be considered at that session; a decision can take several sessions."
      }
    },
    "relations": [
      {
        "type": "works-with",
        "id": "african-court-human-peoples-rights"
      }
    ],
    "sources": [
      {
        "url": "https://achpr.au.int/sw/node/908",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://academy.ishr.ch/learn/achpr/submitting-a-communication-and-an-amicus-curiae",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://ifex.org/campaign_toolkit/submitting_complaint_to_achpr/",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://co-guide.org/mechanism/african-commission-human-and-peoples-rights-communication-procedure",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://www.claiminghumanrights.org/au_commission_actions.html",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Old page."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "achpr-special-rapporteur-human-rights-defenders",
    "name": {
      "en": "ACHPR Special Rapporteur on Human Rights Defenders and Focal Point on Reprisals in Africa"
    },
    "summary": {
      "en": "Rapporteur of the African Commission on Human and Peoples' Rights, created in 2004, whose task is to gather and examine information on the situation of defenders in Africa and to act on it. Since 2014 the mandate also covers reprisals. The sources seen give no channel for sending information to the Rapporteur."
    },
    "website": "https://achpr.au.int/en/mechanisms/special-rapporteur-human-rights-defenders-and-focal-point-reprisals-africa",
    "system": "african-union",
    "type": "regional-rapporteur",
    "procedures": [
      {
        "type": "reprisals-follow-up",
        "description": {
          "en": "Focal point on reprisals in Africa since 2014 (Resolution 273)."
        }
      }
    ],
    "limits": [
      {
        "en": "The sources describe no complaint procedure of the Rapporteur's own. Individual complaints against a State go through the African Commission's communications procedure."
      }
    ],
    "beneficiaries": [
      "human-rights-defenders"
    ],
    "coverage": {
      "regions": [
        "africa"
      ]
    },
    "sources": [
      {
        "url": "https://achpr.au.int/en/mechanisms/special-rapporteur-human-rights-defenders-and-focal-point-reprisals-africa",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://ijrcenter.org/regional/african/special-rapporteur-on-human-rights-defenders",
        "consulted": "2026-11-25",
        "third_party": true
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "achpr-special-rapporteur-rights-of-women",
    "name": {
      "en": "ACHPR Special Rapporteur on the Rights of Women in Africa"
    },
    "summary": {
      "en": "Rapporteur of the African Commission on Human and Peoples' Rights, created in 1999, who promotes women's rights in African Union States and has particular responsibility for the Maputo Protocol on the rights of women. Reports at each ordinary session of the Commission and cooperates with the UN Special Rapporteur on violence against women. The sources describe no complaint route of its own; complaints go to the Commission's communications procedure."
    },
    "system": "african-union",
    "type": "regional-rapporteur",
    "limits": [
      {
        "en": "The sources describe no individual complaint procedure of the Rapporteur's own; complaints about violations go through the African Commission's communications procedure."
      }
    ],
    "coverage": {
      "regions": [
        "africa"
      ]
    },
    "relations": [
      {
        "type": "works-with",
        "id": "un-special-rapporteur-violence-against-women",
        "note": {
          "en": "The two mandates cooperate."
        }
      }
    ],
    "sources": [
      {
        "url": "https://africanlii.org/akn/aa-au/statement/activity-report/2022-04-22/special-rapporteur-on-rights-of-women-in-africa-71os/eng@2022-04-22",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Copy of an activity report of the Special Rapporteur."
        }
      },
      {
        "url": "https://www.ahrlj.up.ac.za/budoo-a-2018-1",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2020-06/A/Special_Rapporteur_on_Women's_Rights_in_Africa",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Copy of an encyclopedia article."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "african-court-human-peoples-rights",
    "name": {
      "en": "African Court on Human and Peoples' Rights"
    },
    "acronym": "AfCHPR",
    "summary": {
      "en": "The African Union's human rights court in Arusha decides cases against States that have ratified its Protocol and can order provisional measures. Individuals, and NGOs with observer status at the African Commission, can file directly only against States that have made the declaration under Article 34(6); otherwise cases reach the Court through the African Commission. Rwanda (2016), Tanzania (2019), Benin and Côte d'Ivoire (2020) and Tunisia (notified March 2025) have withdrawn their declarations, so check the current list before filing."
    },
    "system": "african-union",
    "type": "regional-court",
    "procedures": [
      {
        "type": "individual-complaint",
        "description": {
          "en": "Direct filing by individuals and NGOs only against States that keep an Article 34(6) declaration."
        }
      },
      {
        "type": "provisional-measures",
        "urgent": true,
        "description": {
          "en": "The Court can order provisional measures, as it did for Benin and Côte d'Ivoire in 2020."
        }
      }
    ],
    "limits": [
      {
        "en": "Individuals and NGOs can file directly only against States that have made the Article 34(6) declaration; other cases must go through the African Commission."
      },
      {
        "en": "Several States have withdrawn their declarations: Rwanda (2016), Tanzania (2019), Benin and Côte d'Ivoire (2020), and Tunisia (notified in March 2025)."
      },
      {
        "en": "Only States that have ratified the Court's Protocol (about 30) are covered."
      },
      {
        "en": "Domestic judicial remedies must be exhausted first."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "any-person"
    ],
    "requesters": [
      "self",
      "organisation-on-behalf"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The State must have made the Article 34(6) declaration for a direct application by an individual or NGO."
        },
        {
          "en": "An NGO filing directly must have observer status with the African Commission on Human and Peoples' Rights."
        }
      ],
      "domestic_remedies": "must-be-exhausted"
    },
    "coverage": {
      "regions": [
        "africa"
      ],
      "note": {
        "en": "About 30 States have ratified the Court's Protocol. An undated coalition page listed six States still allowing direct access (Burkina Faso, Gambia, Ghana, Mali, Malawi, Tunisia); Tunisia has since withdrawn its declaration (notified in March 2025). That list may be out of date or incomplete: check the current list with the Court before filing directly."
      }
    },
    "status": {
      "value": "open",
      "seen": "2026-11-25",
      "source": "https://africancourtcoalition.org/tunisia-withdraws-article-346-declaration-limiting-direct-access-for-individuals-ngos-to-the-african-court",
      "note": {
        "en": "Open to direct applications only against States that keep an Article 34(6) declaration. Tunisia became the fifth State to withdraw its declaration (notice dated 3 March 2025)."
      }
    },
    "relations": [
      {
        "type": "works-with",
        "id": "achpr-communications"
      }
    ],
    "sources": [
      {
        "url": "https://africancourtcoalition.org/access",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://africancourtcoalition.org/tunisia-withdraws-article-346-declaration-limiting-direct-access-for-individuals-ngos-to-the-african-court",
        "consulted": "2026-11-25",
        "third_party": true,
        "title": "Tunisia withdraws Article 34(6) declaration limiting direct access for individuals and NGOs to the African Court",
        "note": {
          "en": "Not in the project's research notes; added because the notes asked to re-check the list of States allowing direct access."
        }
      },
      {
        "url": "https://www.chr.up.ac.za/press-statements/2073-centre-for-human-rights-expresses-concern-about-the-withdrawal-of-direct-individual-access-to-the-african-court-by-benin-and-cote-d-ivoire",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://ijrcenter.org/2020/05/06/benin-and-cote-divoire-to-withdraw-individual-access-to-african-court/",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://scielo.org.mx/scielo.php?pid=S2448-51362024000200191&script=sci_arttext",
        "consulted": "2026-11-25",
        "third_party": true
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown), plus one page on Tunisia's withdrawal. Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "arab-human-rights-committee",
    "name": {
      "en": "Arab Human Rights Committee (Arab Charter on Human Rights)"
    },
    "summary": {
      "en": "Committee of seven members, serving four-year terms, that monitors the League of Arab States' 2004 Arab Charter on Human Rights, in force since March 2008. It reviews the reports of States parties every three years and receives shadow reports from civil society. The Charter has no complaint mechanism, so the Committee cannot take up individual cases, and it has no enforcement powers."
    },
    "system": "league-of-arab-states",
    "type": "regional-commission",
    "procedures": [
      {
        "type": "state-report-review",
        "description": {
          "en": "Review of State reports every three years; shadow reports can be submitted."
        }
      }
    ],
    "limits": [
      {
        "en": "The Arab Charter has no complaint mechanism; the Committee does not take individual cases."
      },
      {
        "en": "No enforcement powers."
      },
      {
        "en": "It has been criticised for publishing little information and engaging weakly with NGOs."
      }
    ],
    "coverage": {
      "regions": [
        "middle-east-north-africa"
      ],
      "note": {
        "en": "Only States party to the Arab Charter on Human Rights (16 as of January 2021)."
      }
    },
    "sources": [
      {
        "url": "https://ijrcenter.org/regional/middle-east-and-north-africa/",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://ecdhr.org/arab-charter-on-human-rights",
        "consulted": "2026-11-25",
        "third_party": true
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "asean-intergovernmental-commission-human-rights",
    "name": {
      "en": "ASEAN Intergovernmental Commission on Human Rights"
    },
    "acronym": "AICHR",
    "summary": {
      "en": "Human rights body of the Association of Southeast Asian Nations, set up in 2009, with one representative per member State who is appointed by, and answerable to, that government. It is a consultative intergovernmental body that mostly promotes human rights. The sources describe no way to bring a complaint to it, so it is not a complaint or protection route."
    },
    "system": "asean",
    "type": "regional-commission",
    "limits": [
      {
        "en": "Not a complaint route; the sources describe no channel for complaints, and it has no protection powers."
      },
      {
        "en": "Its members are government representatives, appointed by and answerable to their governments, which can remove them at any time."
      },
      {
        "en": "It mostly does promotion work; commentators describe it as toothless."
      }
    ],
    "coverage": {
      "regions": [
        "southeast-asia"
      ],
      "note": {
        "en": "ASEAN member States."
      }
    },
    "sources": [
      {
        "url": "https://ijrcenter.org/regional/asia",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://sombath.org/en/2016/02/what-is-the-aichr",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://hrasean.forum-asia.org/news/asean-must-boost-protection-work/",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://seajunction.org/asean-intergovernmental-commission-on-human-rights-aichr-still-toothless-after-10-years-is-there-a-way-forward",
        "consulted": "2026-11-25",
        "third_party": true
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "cedaw-optional-protocol-communications",
    "name": {
      "en": "CEDAW Committee – communications under the Optional Protocol"
    },
    "acronym": "CEDAW",
    "summary": {
      "en": "UN treaty committee that examines written complaints that a State violated the Convention on the Elimination of All Forms of Discrimination against Women. It is open only against States that have ratified both the Convention and its Optional Protocol, after domestic remedies have been exhausted. Complaints cannot be anonymous, and the victim must consent when someone else files for them; the Committee can ask the State for interim measures."
    },
    "system": "united-nations",
    "type": "treaty-body",
    "procedures": [
      {
        "type": "individual-complaint",
        "description": {
          "en": "Written communications examined by the Committee."
        }
      },
      {
        "type": "interim-measures",
        "urgent": true,
        "description": {
          "en": "The Committee can ask the State to take interim measures while a communication is examined (Article 5 of the Optional Protocol)."
        }
      }
    ],
    "limits": [
      {
        "en": "Only against States that are party to both the Convention and its Optional Protocol."
      },
      {
        "en": "Domestic remedies must be exhausted first."
      },
      {
        "en": "Anonymous communications are not accepted."
      },
      {
        "en": "The Committee's views cannot be enforced."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "women-and-girls",
      "women-human-rights-defenders"
    ],
    "requesters": [
      "self",
      "organisation-on-behalf",
      "third-party"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The communication must be in writing."
        },
        {
          "en": "It must concern a State that is party to both the Convention and the Optional Protocol."
        },
        {
          "en": "When it is filed on someone's behalf, that person's consent is needed."
        }
      ],
      "domestic_remedies": "must-be-exhausted"
    },
    "coverage": {
      "global": true,
      "note": {
        "en": "Only States party to both the Convention and the Optional Protocol."
      }
    },
    "confidentiality": {
      "consent_required": true,
      "anonymity_allowed": false,
      "note": {
        "en": "Consent is needed from the person concerned when someone else files on their behalf. The author cannot stay anonymous."
      }
    },
    "sources": [
      {
        "url": "https://doczz.fr/doc/1486798/model-form-for-submission-of-communications-to-the-commit...",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Copy of the UN model form for communications to the Committee. The research notes give this address in shortened form, so it may not open; the full address is not recorded."
        }
      },
      {
        "url": "https://www.karat.org/op_cedaw/how.html",
        "consulted": "2026-11-25",
        "third_party": true
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "committee-against-torture-individual-complaints",
    "name": {
      "en": "Committee against Torture – individual complaints (Article 22)"
    },
    "acronym": "CAT",
    "summary": {
      "en": "UN treaty committee that examines complaints by, or on behalf of, people who say a State violated the Convention against Torture. It is open only against States that have made the declaration under Article 22 of the Convention. The State has six months to explain, and the Committee can ask for interim measures; anonymous complaints are not accepted. Complaints go to the UN Petitions Team."
    },
    "system": "united-nations",
    "type": "treaty-body",
    "procedures": [
      {
        "type": "individual-complaint",
        "description": {
          "en": "The State has six months to submit its explanations. A rapporteur handles new complaints."
        }
      },
      {
        "type": "interim-measures",
        "urgent": true,
        "description": {
          "en": "The Committee's rules provide for interim measures while a complaint is examined."
        }
      }
    ],
    "limits": [
      {
        "en": "Only against States that have made the declaration under Article 22."
      },
      {
        "en": "Anonymous or abusive complaints are inadmissible."
      },
      {
        "en": "The Committee's decisions cannot be enforced."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "any-person"
    ],
    "requesters": [
      "self",
      "organisation-on-behalf",
      "third-party"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The person must be under the jurisdiction of a State that has made the Article 22 declaration."
        }
      ]
    },
    "coverage": {
      "global": true,
      "note": {
        "en": "Only States that have made the Article 22 declaration. A State that withdraws its declaration remains bound for complaints already transmitted."
      }
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Send the complaint to the UN Petitions Team."
        }
      ]
    },
    "contacts": [
      {
        "kind": "email",
        "address": "petitions@ohchr.org",
        "label": {
          "en": "UN Petitions Team"
        },
        "source": "https://www.ohchr.org/EN/Issues/Reprisals/Pages/HowToShareInformationAboutCases.aspx"
      }
    ],
    "confidentiality": {
      "anonymity_allowed": false
    },
    "sources": [
      {
        "url": "https://opil.ouplaw.com/display/10.1093/law/9780198846178.001.0001/law-9780198846178-chapter-24?prd=ORIL",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://www.bayefsky.com/complain/25_rules_cat.php",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Copy of the Committee's rules of procedure (2011)."
        }
      },
      {
        "url": "https://docslib.org/doc/2405178/seeking-remedies-for-torture-victims",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Copy of an OMCT handbook."
        }
      },
      {
        "url": "https://www.ohchr.org/EN/Issues/Reprisals/Pages/HowToShareInformationAboutCases.aspx",
        "consulted": "2026-11-25",
        "note": {
          "en": "OHCHR page giving the e-mail address for treaty body petitions."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "committee-on-enforced-disappearances-urgent-action",
    "name": {
      "en": "Committee on Enforced Disappearances – urgent action requests (Article 30)"
    },
    "acronym": "CED",
    "summary": {
      "en": "UN treaty committee that, on a written request, asks a State to search for and find a person who has disappeared. Relatives, their lawyers, anyone they authorise or anyone with a legitimate interest can ask. It works only for disappearances that began in a State party to the Convention, or of one of its nationals, after the Convention came into force for that State. Requests cannot be anonymous, but the author's identity is kept confidential."
    },
    "system": "united-nations",
    "type": "treaty-body",
    "procedures": [
      {
        "type": "urgent-action",
        "urgent": true,
        "description": {
          "en": "The Committee asks the State to search for and locate the disappeared person (Article 30 of the Convention)."
        }
      }
    ],
    "limits": [
      {
        "en": "Only for a disappearance in a State party, or of a national of a State party, that began after the Convention entered into force for that State."
      },
      {
        "en": "Anonymous requests are not accepted."
      },
      {
        "en": "The Committee cannot enforce its requests."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "any-person"
    ],
    "requesters": [
      "relative",
      "legal-representative",
      "third-party"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The request must be in writing."
        },
        {
          "en": "It may come from relatives of the disappeared person, their legal representatives or counsel, anyone they authorise, or anyone with a legitimate interest."
        }
      ],
      "note": {
        "en": "No declaration beyond ratification of the Convention is needed."
      }
    },
    "coverage": {
      "global": true,
      "note": {
        "en": "Only States party to the International Convention for the Protection of All Persons from Enforced Disappearance."
      }
    },
    "confidentiality": {
      "anonymity_allowed": false,
      "identity_kept_confidential": true
    },
    "sources": [
      {
        "url": "https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=6QkG1d%2fPPRiCAqhKb7yhskmsC0lQ4rZNID%2fpQKWIBVm1k5t6iVs8u1ywXp8mqUct3PLLi%2fJJRL2SdRRPL2LE9WjONiOCcCdavMpV6E0zTYmaEX2g8sP3s3MCClhdYrHa",
        "consulted": "2026-11-25",
        "title": "CED/C/4/Rev.1",
        "note": {
          "en": "Committee document CED/C/4/Rev.1 (2021)."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "council-of-europe-commissioner-human-rights",
    "name": {
      "en": "Council of Europe Commissioner for Human Rights"
    },
    "summary": {
      "en": "Independent office of the Council of Europe with a mandate on defenders since a 2008 Declaration of the Committee of Ministers. It acts on information it receives from defenders and can step in when urgent action is needed. It cannot take up individual complaints."
    },
    "website": "https://www.coe.int/en/web/commissioner",
    "system": "council-of-europe",
    "type": "intergovernmental-office",
    "limits": [
      {
        "en": "Cannot act on individual complaints."
      }
    ],
    "service_mode": [
      "advocacy"
    ],
    "beneficiaries": [
      "human-rights-defenders"
    ],
    "coverage": {
      "regions": [
        "europe-central-asia"
      ],
      "note": {
        "en": "Member States of the Council of Europe."
      }
    },
    "sources": [
      {
        "url": "https://www.coe.int/en/web/commissioner/human-rights-defenders",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.coe.int/en/web/commissioner/the-commissioner/mandate",
        "consulted": "2026-11-25"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "council-of-europe-journalists-safety-platform",
    "name": {
      "en": "Council of Europe Platform for the safety of journalists"
    },
    "summary": {
      "en": "Public platform, launched in 2015, where partner organisations post verified alerts about serious threats to journalists and media in Council of Europe member States; the State concerned is expected to respond. It is not a monitoring or complaint mechanism and individuals cannot post. A journalist at risk contacts a partner organisation, such as Article 19, CPJ, EFJ, IFJ, IPI, Index on Censorship or Free Press Unlimited, which may publish an alert."
    },
    "system": "council-of-europe",
    "type": "alert-platform",
    "procedures": [
      {
        "type": "alert",
        "description": {
          "en": "Partner organisations publish alerts after verification; the State concerned is expected to respond."
        }
      }
    ],
    "limits": [
      {
        "en": "Not a monitoring or complaint mechanism; individuals cannot post alerts themselves and must go through a partner organisation."
      },
      {
        "en": "States are expected to respond to alerts but cannot be compelled to."
      }
    ],
    "service_mode": [
      "advocacy"
    ],
    "beneficiaries": [
      "journalists",
      "media-outlets"
    ],
    "requesters": [
      "partner-organisation"
    ],
    "coverage": {
      "regions": [
        "europe-central-asia"
      ],
      "note": {
        "en": "Member States of the Council of Europe."
      }
    },
    "how_to_request": {
      "access": "through-partners",
      "steps": [
        {
          "en": "Contact one of the platform's partner organisations (for example Article 19, the Committee to Protect Journalists, the European Federation of Journalists, the International Federation of Journalists, the International Press Institute, Index on Censorship or Free Press Unlimited)."
        },
        {
          "en": "The partner checks the facts and may post an alert on the platform."
        }
      ]
    },
    "confidentiality": {
      "vetting": {
        "en": "Partner organisations verify the information before an alert is published."
      }
    },
    "sources": [
      {
        "url": "https://edoc.coe.int/en/media/7494-platform-to-promote-the-protection-of-journalism-and-the-safety-of-journalists.html",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://antislapp.uk/get-support/council-of-europe-platform/",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://www.rcmediafreedom.eu/Tools/Monitoring-tools/Council-of-Europe-Platform-protection-of-journalism-and-safety-of-journalists2",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://cfom.org.uk/2015/05/06/council-of-europe-launches-internet-platform-for-safety-of-journalists/",
        "consulted": "2026-11-25",
        "third_party": true
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "east-african-court-of-justice",
    "name": {
      "en": "East African Court of Justice"
    },
    "acronym": "EACJ",
    "summary": {
      "en": "Court of the East African Community where any person resident in a Partner State can challenge an act, regulation, decision or action of a Partner State or an EAC institution as unlawful or contrary to the EAC Treaty (Article 30). It has not been given explicit human rights jurisdiction, so rights issues are argued as Treaty claims such as the rule of law and good governance. The time limit is strict: two months from the act, or from when the applicant learned of it."
    },
    "system": "east-african-community",
    "type": "sub-regional-court",
    "procedures": [
      {
        "type": "individual-complaint",
        "description": {
          "en": "A reference challenging an act of a Partner State or an EAC institution under Article 30 of the EAC Treaty."
        }
      }
    ],
    "limits": [
      {
        "en": "No explicit human rights jurisdiction (Article 27(2) of the Treaty has not been put into effect); rights claims must be framed as Treaty violations."
      },
      {
        "en": "Strict two-month time limit; continuing violations are not recognised."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "any-person"
    ],
    "requesters": [
      "self"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The applicant must be resident in an East African Community Partner State."
        }
      ],
      "time_limit": {
        "max": 2,
        "unit": "months",
        "from": {
          "en": "the act complained of, or the day the applicant learned of it"
        },
        "note": {
          "en": "The Court does not treat violations as continuing, so the two months are not extended."
        }
      }
    },
    "coverage": {
      "countries": [
        "BI",
        "CD",
        "KE",
        "RW",
        "SO",
        "SS",
        "TZ",
        "UG"
      ],
      "note": {
        "en": "Partner States of the East African Community. The sources do not list them; this list of members is not taken from the sources, so check it before filing."
      }
    },
    "sources": [
      {
        "url": "https://studylib.net/doc/10027933/the-east-african-court-of-justice",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://www.opensocietyfoundations.org/voices/case-watch-time-limits-thwart-justice-east-africa",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://www.ahrlj.up.ac.za/possi-a",
        "consulted": "2026-11-25",
        "third_party": true
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "echr-interim-measures-rule-39",
    "name": {
      "en": "European Court of Human Rights – interim measures (Rule 39)"
    },
    "summary": {
      "en": "The European Court of Human Rights can indicate urgent interim measures to a State when a person faces an imminent risk of irreparable harm, typically under Articles 2 or 3 of the Convention: expulsion, extradition or health in detention. Requests go through the Court's Rule 39 Site, by fax or by post, never by e-mail, and are dealt with Monday to Friday, 8:00 to 16:00 Strasbourg time. Send the request soon after the final domestic decision, marked \"Rule 39 – Urgent\" with a contact person."
    },
    "system": "council-of-europe",
    "type": "regional-court",
    "procedures": [
      {
        "type": "interim-measures",
        "urgent": true,
        "description": {
          "en": "Only for an imminent risk of irreparable harm. Rule 39 was amended with effect from 28 March 2024."
        }
      }
    ],
    "limits": [
      {
        "en": "Only where there is an imminent risk of irreparable harm, typically under Articles 2 or 3 of the Convention."
      },
      {
        "en": "Requests sent by e-mail are not dealt with."
      },
      {
        "en": "Requests are handled only Monday to Friday, 8:00 to 16:00 Strasbourg time, not at weekends or on public holidays."
      },
      {
        "en": "The Rule 39 Site takes only requests for interim measures."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "any-person"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "An imminent risk of irreparable harm, typically a claim under Article 2 (life) or Article 3 (torture or ill-treatment) of the Convention."
        }
      ]
    },
    "coverage": {
      "regions": [
        "europe-central-asia"
      ],
      "note": {
        "en": "States party to the European Convention on Human Rights."
      }
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Send the request as soon as possible after the final domestic decision."
        },
        {
          "en": "Use the ECHR Rule 39 Site, or send it by fax or post."
        },
        {
          "en": "On a fax or letter, mark \"Rule 39 – Urgent\" and give a contact person."
        },
        {
          "en": "In expulsion or extradition cases, also give the scheduled date and time of removal."
        }
      ],
      "first_contact": {
        "en": "Do not use e-mail; requests sent by e-mail are not dealt with."
      },
      "channels_not_accepted": [
        "email"
      ]
    },
    "contacts": [
      {
        "kind": "online-portal",
        "url": "https://r39.echr.coe.int/",
        "label": {
          "en": "ECHR Rule 39 Site (interim measure requests only)"
        },
        "hours": {
          "description": {
            "en": "Requests are handled Monday to Friday, 8:00 to 16:00 Strasbourg time, not at weekends or on public holidays."
          }
        },
        "source": "https://r39.echr.coe.int/"
      },
      {
        "kind": "fax",
        "number": "+33 3 90 21 43 50",
        "hours": {
          "description": {
            "en": "Requests are handled Monday to Friday, 8:00 to 16:00 Strasbourg time, not at weekends or on public holidays."
          }
        },
        "source": "https://europeancourt.org/en/documents/council-of-europe/echr/practice-directions-requests-interim-measures/contact-court/"
      },
      {
        "kind": "fax",
        "number": "+33 3 88 41 39 00",
        "hours": {
          "description": {
            "en": "Requests are handled Monday to Friday, 8:00 to 16:00 Strasbourg time, not at weekends or on public holidays."
          }
        },
        "source": "https://europeancourt.org/en/documents/council-of-europe/echr/practice-directions-requests-interim-measures/contact-court/"
      },
      {
        "kind": "postal",
        "address": [
          "European Court of Human Rights",
          "Council of Europe",
          "67075 STRASBOURG CEDEX",
          "FRANCE"
        ],
        "country": "FR",
        "source": "https://europeancourt.org/en/documents/council-of-europe/echr/practice-directions-requests-interim-measures/contact-court/"
      }
    ],
    "sources": [
      {
        "url": "https://r39.echr.coe.int/",
        "consulted": "2026-11-25",
        "title": "ECHR Rule 39 Site"
      },
      {
        "url": "https://europeancourt.org/en/documents/council-of-europe/echr/practice-directions-requests-interim-measures/contact-court/",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Copy of the Court's Practice Direction on requests for interim measures."
        }
      },
      {
        "url": "https://irwinmitchell.com/news-and-insights/expert-comment/post/102j8q5/the-european-court-of-human-rights-refines-rule-39-on-interim-measures",
        "consulted": "2026-11-25",
        "third_party": true
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "ecowas-community-court-of-justice",
    "name": {
      "en": "ECOWAS Community Court of Justice"
    },
    "summary": {
      "en": "Court of the Economic Community of West African States that has heard human rights cases against its Member States since a 2005 Supplementary Protocol. Individuals and NGOs can file directly, without first exhausting domestic remedies, through a lawyer or agent and within three years; its judgments are binding. Burkina Faso, Mali and Niger left ECOWAS on 29 January 2025, so the Court is no longer a route against those three States."
    },
    "system": "ecowas",
    "type": "sub-regional-court",
    "procedures": [
      {
        "type": "individual-complaint",
        "description": {
          "en": "Direct applications by individuals and NGOs about human rights violations in an ECOWAS Member State."
        }
      }
    ],
    "limits": [
      {
        "en": "Only for violations in ECOWAS Member States; Burkina Faso, Mali and Niger left ECOWAS on 29 January 2025."
      },
      {
        "en": "The applicant must be represented by an agent or a lawyer (Article 12)."
      },
      {
        "en": "Applications cannot be anonymous or about a matter pending before another international court."
      },
      {
        "en": "Applications must be filed within three years of the right of action arising."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "any-person"
    ],
    "applicant_types": [
      "individual",
      "organisation"
    ],
    "requesters": [
      "self",
      "organisation-on-behalf",
      "legal-representative"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "Representation by an agent or a lawyer."
        },
        {
          "en": "The application must not be anonymous."
        },
        {
          "en": "The matter must not be pending before another international court."
        }
      ],
      "time_limit": {
        "max": 3,
        "unit": "years",
        "from": {
          "en": "the date the right of action arose"
        }
      },
      "domestic_remedies": "not-required"
    },
    "coverage": {
      "countries": [
        "BJ",
        "CI",
        "CV",
        "GH",
        "GM",
        "GN",
        "GW",
        "LR",
        "NG",
        "SL",
        "SN",
        "TG"
      ],
      "note": {
        "en": "ECOWAS Member States. Burkina Faso, Mali and Niger left ECOWAS on 29 January 2025; check current membership before filing."
      }
    },
    "status": {
      "value": "open",
      "seen": "2026-11-25",
      "source": "https://www.jurist.org/news/2025/02/burkina-faso-mali-niger-leave-ecowas-creating-access-to-justice-concerns/",
      "note": {
        "en": "Open for the remaining ECOWAS Member States; Burkina Faso, Mali and Niger left ECOWAS on 29 January 2025."
      }
    },
    "confidentiality": {
      "anonymity_allowed": false
    },
    "sources": [
      {
        "url": "https://co-guide.org/book/export/html/445",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://www.trustafrica.org/en/ta-covid-19/item/3345-rethinking-the-proposed-restructuring-of-the-ecowas-community-court-of-justice",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://www.opensocietyfoundations.org/voices/case-watch-time-limits-thwart-justice-east-africa",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://www.jurist.org/news/2025/02/burkina-faso-mali-niger-leave-ecowas-creating-access-to-justice-concerns/",
        "consulted": "2026-11-25",
        "third_party": true,
        "title": "Burkina Faso, Mali and Niger leave ECOWAS, sparking justice concerns",
        "note": {
          "en": "Not in the project's research notes; added to show the 2025 change in ECOWAS membership."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown), plus one news page on the 2025 change in membership. Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "escazu-agreement-compliance-committee",
    "name": {
      "en": "Escazú Agreement – Committee to Support Implementation and Compliance"
    },
    "summary": {
      "en": "The Escazú Agreement, in force since 22 April 2021, is the first treaty with specific provisions on environmental human rights defenders: under Article 9, States Parties must protect their rights to life, integrity, expression, assembly and movement. Members of the public can send its compliance committee a communication about a State Party on an online platform, without a lawyer. The committee is not a court, and a rapid response mechanism for defenders has only appeared in draft working rules."
    },
    "system": "escazu-agreement",
    "type": "compliance-committee",
    "procedures": [
      {
        "type": "individual-complaint",
        "description": {
          "en": "Communications from members of the public about a State Party's compliance with the Agreement; a non-judicial procedure."
        }
      }
    ],
    "limits": [
      {
        "en": "Non-judicial; it is not a court."
      },
      {
        "en": "Communications can concern only States Parties, and only from one year after the Agreement entered into force for that Party."
      },
      {
        "en": "A rapid response mechanism appeared only in draft working modalities of the committee (February 2024); do not count on it."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "environmental-defenders",
      "any-person"
    ],
    "requesters": [
      "self"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The author must be a national of a State Party, or under its jurisdiction."
        },
        {
          "en": "The communication must concern a State Party, from one year after the Agreement entered into force for it."
        }
      ],
      "note": {
        "en": "No lawyer is needed."
      }
    },
    "coverage": {
      "regions": [
        "latin-america-caribbean"
      ],
      "note": {
        "en": "Only States Parties to the Escazú Agreement."
      }
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Submit the communication on the committee's online platform, as explained on its \"Submit a communication\" page."
        }
      ]
    },
    "sources": [
      {
        "url": "https://caac.cepal.org/en/communications-overview/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://caac.cepal.org/en/submit-communication/",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://cepal.org/en/notes/comments-draft-working-modalities-committee-support-implementation-and-compliance-escazu",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://andreabrazier.com/blog/environmental-human-rights-3",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://docslib.org/doc/8098473/attila-p%C3%A1novics-the-escaz%C3%BA-agreement-and-the-protection-of",
        "consulted": "2026-11-25",
        "third_party": true
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "eu-guidelines-human-rights-defenders",
    "name": {
      "en": "EU Guidelines on Human Rights Defenders"
    },
    "summary": {
      "en": "Commitments, in their 2008 version, on how EU missions in countries outside the European Union support defenders: meetings, trial observation, prison visits, emergency visas, temporary shelter and financial support, with particular attention to women defenders. Defenders turn to the EU missions in their country. This is not a complaint route."
    },
    "system": "european-union",
    "type": "policy-guidelines",
    "procedures": [
      {
        "type": "diplomatic-support",
        "description": {
          "en": "EU missions can meet defenders, observe trials, visit prisons, issue emergency visas, arrange temporary shelter and give financial support."
        }
      }
    ],
    "limits": [
      {
        "en": "Applies only in countries outside the European Union."
      },
      {
        "en": "Not a complaint route; the guidelines are commitments of the EU and its member States, not rights a defender can enforce."
      }
    ],
    "service_mode": [
      "advocacy",
      "direct-support"
    ],
    "beneficiaries": [
      "human-rights-defenders",
      "women-human-rights-defenders"
    ],
    "coverage": {
      "global": true,
      "excluded_countries": [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK"
      ],
      "note": {
        "en": "EU missions act in countries outside the European Union; the member States of the EU are excluded."
      }
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Contact the EU missions (the EU delegation or the embassies of EU member States) in the country where you are at risk."
        }
      ]
    },
    "sources": [
      {
        "url": "https://www.focus-obs.org/documents/ensuring-protection-european-union-guidelines-on-human-rights-defenders/",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://herramientadefensorasderechostierra.org/en/advocacy/international-mechanisms/european-union",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://humanrightsdefenders.blog/2012/01/13/quick-reminder-of-the-eu-guidelines-on-human-rights-defenders/",
        "consulted": "2026-11-25",
        "third_party": true
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "human-rights-committee-individual-communications",
    "name": {
      "en": "Human Rights Committee – individual communications (First Optional Protocol to the ICCPR)"
    },
    "summary": {
      "en": "UN treaty committee that decides written complaints from people who say a State violated their rights under the International Covenant on Civil and Political Rights. It is open only against States party to both the Covenant and its First Optional Protocol, after domestic remedies are exhausted; interim measures can be requested at any time. Complaints go to the UN Petitions Team by e-mail or post, and cases take three to seven years on average."
    },
    "system": "united-nations",
    "type": "treaty-body",
    "procedures": [
      {
        "type": "individual-complaint",
        "description": {
          "en": "Written procedure, examined in closed sessions; decisions are public and cannot be appealed."
        }
      },
      {
        "type": "interim-measures",
        "urgent": true,
        "description": {
          "en": "Can be requested at any time."
        }
      }
    ],
    "limits": [
      {
        "en": "Only against States party to both the Covenant and the First Optional Protocol."
      },
      {
        "en": "Domestic remedies must be exhausted first."
      },
      {
        "en": "Cases take three to seven years on average."
      },
      {
        "en": "There is no appeal, and the Committee's decisions cannot be enforced."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "any-person"
    ],
    "applicant_types": [
      "individual",
      "group"
    ],
    "requesters": [
      "self",
      "organisation-on-behalf"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The author must be under the jurisdiction of a State party to both the Covenant and the First Optional Protocol."
        },
        {
          "en": "The complaint must claim a violation of a right in the Covenant."
        },
        {
          "en": "An organisation filing for a victim must show the victim's consent, or explain why it could not be obtained."
        }
      ],
      "domestic_remedies": "must-be-exhausted"
    },
    "coverage": {
      "global": true,
      "note": {
        "en": "Only States that have accepted the First Optional Protocol; one UN report counted 111 of 162 States parties to the Covenant, and the number changes."
      }
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Write the complaint and send it to the UN Petitions Team by e-mail or post."
        }
      ]
    },
    "contacts": [
      {
        "kind": "email",
        "address": "petitions@ohchr.org",
        "label": {
          "en": "UN Petitions Team"
        },
        "source": "https://www.ohchr.org/EN/Issues/Reprisals/Pages/HowToShareInformationAboutCases.aspx"
      }
    ],
    "confidentiality": {
      "note": {
        "en": "Complaints are examined in closed sessions; the decisions are published."
      }
    },
    "expectations": {
      "note": {
        "en": "A case takes three to seven years on average."
      }
    },
    "sources": [
      {
        "url": "https://www.un-ilibrary.org/content/books/9789210567862c006",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://ccprcentre.org/guidelines/pages/factsheet-6.html",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://www.stopvaw.org/complaint_mechanism_-_first_optional_protocol_to_the_international_covenant_on_civil_and_political_rights",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Page from 2013."
        }
      },
      {
        "url": "https://www.ohchr.org/EN/Issues/Reprisals/Pages/HowToShareInformationAboutCases.aspx",
        "consulted": "2026-11-25",
        "note": {
          "en": "OHCHR page giving the e-mail address for treaty body petitions."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "iachr-individual-petitions",
    "name": {
      "en": "IACHR individual petition system"
    },
    "acronym": "IACHR",
    "summary": {
      "en": "The Inter-American Commission on Human Rights examines petitions claiming that a State in the Americas violated human rights. Petitions, and requests for precautionary measures, are filed free of charge on the Individual Petition System Portal, with one e-mail address per petitioner and from a desktop or laptop computer. Only States and the Commission can take a case on to the Inter-American Court."
    },
    "website": "https://www.oas.org/ipsp/Portal/home.aspx?Lang=En",
    "system": "organization-of-american-states",
    "type": "regional-commission",
    "procedures": [
      {
        "type": "individual-complaint",
        "description": {
          "en": "Petitions filed on the Individual Petition System Portal."
        }
      }
    ],
    "limits": [
      {
        "en": "Individuals cannot take a case to the Inter-American Court; only States and the Commission can."
      },
      {
        "en": "Domestic remedies must normally be exhausted and the petition filed within six months of notification of the final domestic decision (American Convention on Human Rights, Article 46)."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "any-person"
    ],
    "eligibility": {
      "time_limit": {
        "max": 6,
        "unit": "months",
        "from": {
          "en": "notification of the final domestic decision"
        },
        "note": {
          "en": "Rule of Article 46 of the American Convention on Human Rights; exceptions apply where domestic remedies are unavailable or unduly delayed."
        }
      },
      "domestic_remedies": "exhausted-unless-ineffective"
    },
    "coverage": {
      "regions": [
        "americas"
      ],
      "note": {
        "en": "Member States of the Organization of American States."
      }
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Register on the portal; each petitioner needs their own e-mail address."
        },
        {
          "en": "Use a desktop or laptop computer, not a phone."
        },
        {
          "en": "Save often; a session ends after 20 minutes without activity."
        }
      ]
    },
    "contacts": [
      {
        "kind": "online-portal",
        "url": "https://www.oas.org/ipsp/Portal/home.aspx?Lang=En",
        "label": {
          "en": "Individual Petition System Portal (free of charge)"
        },
        "source": "https://www.oas.org/ipsp/Portal/home.aspx?Lang=En"
      }
    ],
    "relations": [
      {
        "type": "works-with",
        "id": "iachr-precautionary-measures"
      }
    ],
    "sources": [
      {
        "url": "https://www.oas.org/ipsp/Portal/home.aspx?Lang=En",
        "consulted": "2026-11-25",
        "title": "Individual Petition System Portal"
      },
      {
        "url": "https://www.oas.org/en/iachr/portal/help/petitioners/NetHelp/Documents/whatistheportal.htm",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.oas.org/en/iachr/UserSupport/faq.asp",
        "consulted": "2026-11-25"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "iachr-precautionary-measures",
    "name": {
      "en": "IACHR precautionary measures"
    },
    "acronym": "IACHR",
    "summary": {
      "en": "The Inter-American Commission on Human Rights can ask a State in the Americas to protect a person or a group facing a serious and urgent situation that risks irreparable harm (Article 25 of its Rules of Procedure). No petition needs to be pending. Requests can be filed free of charge on the Commission's online Individual Petition System Portal."
    },
    "website": "https://www.oas.org/en/iachr/decisions/precautionary.asp",
    "system": "organization-of-american-states",
    "type": "regional-commission",
    "procedures": [
      {
        "type": "precautionary-measures",
        "urgent": true,
        "description": {
          "en": "For serious and urgent situations that risk irreparable harm; measures may protect one person or a group."
        }
      }
    ],
    "limits": [
      {
        "en": "Only for situations that are serious and urgent and risk irreparable harm."
      },
      {
        "en": "The Commission has no means of enforcing precautionary measures; compliance depends on the State."
      },
      {
        "en": "Binding provisional measures can only come from the Inter-American Court, which the Commission may ask to act in matters not yet before the Court."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "human-rights-defenders",
      "any-person"
    ],
    "applicant_types": [
      "individual",
      "group"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The situation must be serious and urgent, with a risk of irreparable harm."
        }
      ],
      "note": {
        "en": "A request does not need a petition pending before the Commission. Measures may be collective."
      }
    },
    "coverage": {
      "regions": [
        "americas"
      ],
      "note": {
        "en": "Member States of the Organization of American States."
      }
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Register on the Individual Petition System Portal with one e-mail address per petitioner, using a desktop or laptop computer."
        },
        {
          "en": "File the request for precautionary measures on the portal; save your work often, as sessions end after 20 minutes without activity."
        }
      ]
    },
    "contacts": [
      {
        "kind": "online-portal",
        "url": "https://www.oas.org/ipsp/Portal/home.aspx?Lang=En",
        "label": {
          "en": "Individual Petition System Portal (petitions and precautionary measures, free of charge)"
        },
        "source": "https://www.oas.org/ipsp/Portal/home.aspx?Lang=En"
      }
    ],
    "relations": [
      {
        "type": "works-with",
        "id": "iachr-individual-petitions"
      },
      {
        "type": "works-with",
        "id": "inter-american-court-provisional-measures"
      },
      {
        "type": "works-with",
        "id": "iachr-rapporteurship-human-rights-defenders"
      }
    ],
    "sources": [
      {
        "url": "https://www.oas.org/en/iachr/decisions/precautionary.asp",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.oas.org/ipsp/Portal/home.aspx?Lang=En",
        "consulted": "2026-11-25",
        "title": "Individual Petition System Portal"
      },
      {
        "url": "https://www.oas.org/en/iachr/portal/help/petitioners/NetHelp/Documents/whatistheportal.htm",
        "consulted": "2026-11-25",
        "note": {
          "en": "Help page of the portal; gives the registration and session rules."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "iachr-rapporteurship-human-rights-defenders",
    "name": {
      "en": "IACHR Rapporteurship on Human Rights Defenders and Justice Operators"
    },
    "acronym": "IACHR",
    "summary": {
      "en": "Thematic rapporteurship of the Inter-American Commission on Human Rights on defenders and justice operators, a unit since 2001 and a rapporteurship since 2011. Around a third of the precautionary measures the Commission grants each year protect defenders and justice operators. Protection is requested from the Commission through its precautionary measures procedure."
    },
    "system": "organization-of-american-states",
    "type": "regional-rapporteur",
    "limits": [
      {
        "en": "The sources describe no request procedure of the Rapporteurship's own; urgent protection is requested from the Commission as precautionary measures."
      }
    ],
    "beneficiaries": [
      "human-rights-defenders",
      "lawyers"
    ],
    "coverage": {
      "regions": [
        "americas"
      ]
    },
    "relations": [
      {
        "type": "works-with",
        "id": "iachr-precautionary-measures"
      }
    ],
    "sources": [
      {
        "url": "https://oas.org/en/IACHR/jsForm/?File=/en/IACHR/r/dddh/funciones.asp",
        "consulted": "2026-11-25"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "inter-american-court-provisional-measures",
    "name": {
      "en": "Inter-American Court of Human Rights – provisional measures"
    },
    "summary": {
      "en": "The Inter-American Court can order binding provisional measures (Article 63(2) of the American Convention on Human Rights) when a situation is extremely grave and urgent and irreparable harm to people must be avoided. In cases before it the Court acts itself; in other matters only when the Inter-American Commission asks. Individuals cannot go to the Court directly: they first turn to the Commission, through a petition or a request for precautionary measures."
    },
    "system": "organization-of-american-states",
    "type": "regional-court",
    "procedures": [
      {
        "type": "provisional-measures",
        "urgent": true,
        "description": {
          "en": "Three conditions must all be met: extreme gravity, urgency and the need to avoid irreparable harm to persons. The Court checks whether the conditions still exist."
        }
      }
    ],
    "limits": [
      {
        "en": "Individuals cannot ask the Court directly; they must first go to the Inter-American Commission."
      },
      {
        "en": "In matters not yet before the Court, it can act only at the request of the Inter-American Commission."
      },
      {
        "en": "Extreme gravity, urgency and a risk of irreparable harm must all be shown, and the Court reviews whether they persist."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "any-person"
    ],
    "coverage": {
      "regions": [
        "americas"
      ],
      "note": {
        "en": "States party to the American Convention on Human Rights that have accepted the Court's jurisdiction."
      }
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Ask the Inter-American Commission for precautionary measures or file a petition; the Commission can ask the Court for provisional measures."
        }
      ]
    },
    "relations": [
      {
        "type": "works-with",
        "id": "iachr-precautionary-measures"
      }
    ],
    "sources": [
      {
        "url": "https://summa.cejil.org/en/entity/eosikn8nik5fusor?page=2",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Text of a Court order."
        }
      },
      {
        "url": "https://www.oas.org/en/iachr/UserSupport/faq.asp",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Page of the Inter-American Commission on Human Rights, not of the Court."
        }
      },
      {
        "url": "https://sur.conectas.org/en/urgent-measures-in-the-inter-american-human-rights-system",
        "consulted": "2026-11-25",
        "third_party": true
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "osce-odihr-human-rights-defenders",
    "name": {
      "en": "OSCE Office for Democratic Institutions and Human Rights – Focal Point for Human Rights Defenders"
    },
    "acronym": "ODIHR",
    "summary": {
      "en": "The human rights office of the OSCE has had a focal point on defenders and national human rights institutions since 2007, and published Guidelines on the Protection of Human Rights Defenders in 2014. It raises the cases of detained defenders and visits places of detention. It is not a complaint body and cannot oblige a State to act."
    },
    "website": "https://www.osce.org/odihr",
    "system": "osce",
    "type": "intergovernmental-office",
    "limits": [
      {
        "en": "The sources describe no complaint procedure; ODIHR raises cases with States but cannot compel them to act."
      }
    ],
    "service_mode": [
      "advocacy"
    ],
    "beneficiaries": [
      "human-rights-defenders"
    ],
    "coverage": {
      "regions": [
        "europe-central-asia"
      ],
      "note": {
        "en": "OSCE participating States, which also include the United States, Canada and Mongolia."
      }
    },
    "sources": [
      {
        "url": "https://www.osce.org/odihr/103584",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.fidh.org/en/international-advocacy/others-regional-organisations/organization-for-security-and-cooperation-in-europe-osce/Focal-Point-on-Human-Rights",
        "consulted": "2026-11-25",
        "third_party": true
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "un-human-rights-council-complaint-procedure",
    "name": {
      "en": "UN Human Rights Council complaint procedure"
    },
    "summary": {
      "en": "Confidential procedure of the UN Human Rights Council (resolution 5/1) for consistent patterns of gross and reliably attested human rights violations, in any country, whatever treaties it has ratified. Victims, or individuals, groups and organisations with direct and reliable knowledge, can send a written complaint in a UN official language. It gives no remedy to individual victims."
    },
    "system": "united-nations",
    "type": "charter-body-procedure",
    "procedures": [
      {
        "type": "pattern-complaint",
        "description": {
          "en": "Confidential examination of consistent patterns of gross and reliably attested violations."
        }
      }
    ],
    "limits": [
      {
        "en": "No individual remedy; it deals only with consistent patterns of gross and reliably attested violations."
      },
      {
        "en": "The procedure is confidential."
      },
      {
        "en": "Not for matters already before a special procedure, a treaty body or a regional procedure."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "any-person"
    ],
    "applicant_types": [
      "individual",
      "group",
      "organisation"
    ],
    "requesters": [
      "self",
      "organisation-on-behalf",
      "third-party"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The author must be a victim or have direct and reliable knowledge of the violations."
        },
        {
          "en": "A factual description of the violations, in language that is not abusive."
        },
        {
          "en": "Domestic remedies exhausted, unless they would be ineffective or unreasonably prolonged."
        }
      ],
      "exclusions": [
        {
          "en": "Complaints that are manifestly politically motivated."
        },
        {
          "en": "Complaints based only on media reports."
        },
        {
          "en": "Matters already before a special procedure, a treaty body or a regional procedure."
        }
      ],
      "language_requirement": {
        "en": "In writing, in one of the UN official languages."
      },
      "domestic_remedies": "exhausted-unless-ineffective"
    },
    "coverage": {
      "global": true,
      "note": {
        "en": "Any country, whatever treaties it has ratified."
      }
    },
    "how_to_request": {
      "note": {
        "en": "A 2013 third-party copy gave an e-mail address, a postal address and a fax number for the Complaint Procedure Unit at OHCHR in Geneva. They are not listed here because they may be outdated; check the OHCHR complaint procedure page before sending."
      }
    },
    "confidentiality": {
      "note": {
        "en": "The whole procedure is confidential."
      }
    },
    "sources": [
      {
        "url": "https://www.hrsaharawi.com/2013/the-human-rights-council-complaint-procedure/?lang=en",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Page from 2013."
        }
      },
      {
        "url": "https://humanrightscommitments.ca/complaint-procedure/",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Quotes OHCHR."
        }
      },
      {
        "url": "https://beta.stopvaw.org/complaint_mechanism_3",
        "consulted": "2026-11-25",
        "third_party": true
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "un-reprisals-senior-official",
    "name": {
      "en": "UN senior official on intimidation and reprisals (Assistant Secretary-General for Human Rights)"
    },
    "summary": {
      "en": "Since 2016 the Assistant Secretary-General for Human Rights leads the UN's system-wide work against intimidation and reprisals targeting people who cooperate with the UN. Cases can be sent by e-mail at any time of year, or to the UN body concerned with a copy to the same address. Nothing is reported or acted on without the informed consent of the person targeted. The Secretary-General reports on reprisals to the Human Rights Council every September."
    },
    "system": "united-nations",
    "type": "un-official",
    "procedures": [
      {
        "type": "reprisals-follow-up",
        "description": {
          "en": "Action on intimidation and reprisals against people for cooperating with the UN."
        }
      },
      {
        "type": "public-statement",
        "description": {
          "en": "The Secretary-General's yearly report on reprisals to the Human Rights Council, presented in September."
        }
      }
    ],
    "limits": [
      {
        "en": "Only for intimidation or reprisals linked to cooperation with the UN."
      },
      {
        "en": "Nothing is reported or acted on without the alleged victim's informed consent."
      },
      {
        "en": "It cannot enforce anything against a State."
      }
    ],
    "service_mode": [
      "advocacy"
    ],
    "beneficiaries": [
      "human-rights-defenders",
      "any-person"
    ],
    "coverage": {
      "global": true
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Send information about the case to the reprisals e-mail address, at any time of year."
        },
        {
          "en": "Or send it to the UN mechanism concerned (special procedures, treaty bodies, or the Human Rights Council or Universal Periodic Review secretariat), copying the reprisals address."
        },
        {
          "en": "Make sure the person targeted has given informed consent before anything is reported."
        }
      ],
      "note": {
        "en": "OHCHR publishes a quick guide on sharing information about reprisals in Arabic, Chinese, English, French, Russian and Spanish."
      }
    },
    "contacts": [
      {
        "kind": "email",
        "address": "reprisals@ohchr.org",
        "label": {
          "en": "Reprisals (copy it into every submission about reprisals)"
        },
        "source": "https://www.ohchr.org/EN/Issues/Reprisals/Pages/HowToShareInformationAboutCases.aspx"
      }
    ],
    "confidentiality": {
      "consent_required": true,
      "note": {
        "en": "The alleged victim's informed consent is required before a case is reported or acted on."
      }
    },
    "sources": [
      {
        "url": "https://www.ohchr.org/EN/Issues/Reprisals/Pages/HowToShareInformationAboutCases.aspx",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.ohchr.org/en/reprisals/our-work-acts-intimidation-and-reprisals",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.ohchr.org/en/statements-and-speeches/2023/09/oral-presentation-assistant-secretary-general-human-rights-report",
        "consulted": "2026-11-25"
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "un-special-rapporteur-assembly-association",
    "name": {
      "en": "UN Special Rapporteur on the rights to freedom of peaceful assembly and of association"
    },
    "summary": {
      "en": "Independent UN expert, with a mandate since 2010, who acts on credible information about concrete incidents and individual cases: urgent appeals for ongoing or imminent violations, allegation letters for past violations or patterns. Governments, organisations and anyone else with knowledge of a case can send information through the general channels of the UN special procedures. Communications and replies stay confidential until the joint communications report, published three times a year."
    },
    "system": "united-nations",
    "type": "special-procedure",
    "procedures": [
      {
        "type": "urgent-appeal",
        "urgent": true,
        "description": {
          "en": "For violations that are ongoing or about to happen."
        }
      },
      {
        "type": "allegation-letter",
        "description": {
          "en": "For violations that have already happened, or for patterns of violations."
        }
      }
    ],
    "limits": [
      {
        "en": "Communications ask the government to explain and act; they are not binding and do not give physical protection."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "human-rights-defenders",
      "civil-society-organisations"
    ],
    "requesters": [
      "self",
      "organisation-on-behalf",
      "third-party",
      "state"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The information must be credible and concern concrete incidents or individual cases."
        }
      ]
    },
    "coverage": {
      "global": true
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Send the information through the general channels of the UN special procedures, such as the online submission form."
        }
      ]
    },
    "contacts": [
      {
        "kind": "online-portal",
        "url": "https://spsubmission.ohchr.org/",
        "label": {
          "en": "UN special procedures online submission form"
        },
        "source": "https://srdefenders.org/submit-information/submit-information-on-a-human-rights-violation/"
      }
    ],
    "confidentiality": {
      "data_sharing": {
        "en": "Communications and government replies stay confidential until they are published in the joint communications report of the special procedures, three times a year."
      }
    },
    "sources": [
      {
        "url": "https://www.ohchr.org/EN/Issues/AssemblyAssociation/Pages/Complaints.aspx",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://ijrcenter.org/un-special-procedures/special-rapporteur-on-the-rights-to-freedom-of-peaceful-assembly-and-of-association",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://srdefenders.org/submit-information/submit-information-on-a-human-rights-violation/",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Page of the UN Special Rapporteur on human rights defenders; gives the online form used by the UN special procedures."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "un-special-rapporteur-freedom-of-expression",
    "name": {
      "en": "UN Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression"
    },
    "summary": {
      "en": "Independent UN expert who sends urgent appeals and allegation letters to governments on credible information about violations of freedom of opinion and expression. Threats, violence, harassment and detention of journalists get high priority; defenders such as lawyers and community activists, and obstacles to women being heard, are also covered. Anyone with knowledge of a case can send information through the general channels of the UN special procedures; letters ask the government to clarify and do not accuse it."
    },
    "system": "united-nations",
    "type": "special-procedure",
    "procedures": [
      {
        "type": "urgent-appeal",
        "urgent": true,
        "description": {
          "en": "For violations that are ongoing or about to happen."
        }
      },
      {
        "type": "allegation-letter",
        "description": {
          "en": "For violations that have already happened."
        }
      }
    ],
    "limits": [
      {
        "en": "Letters ask the government for clarification and imply no accusation; they are not binding and do not give physical protection."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "journalists",
      "human-rights-defenders"
    ],
    "requesters": [
      "self",
      "organisation-on-behalf",
      "third-party",
      "state"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The information must be credible."
        }
      ]
    },
    "coverage": {
      "global": true
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Send the information through the general channels of the UN special procedures, such as the online submission form."
        }
      ],
      "documents": [
        {
          "en": "Details of the victim."
        },
        {
          "en": "Date, place and circumstances of the events."
        },
        {
          "en": "The alleged perpetrators."
        },
        {
          "en": "Any action taken by the State."
        }
      ],
      "note": {
        "en": "The sources seen give no e-mail address specific to this mandate."
      }
    },
    "contacts": [
      {
        "kind": "online-portal",
        "url": "https://spsubmission.ohchr.org/",
        "label": {
          "en": "UN special procedures online submission form"
        },
        "source": "https://srdefenders.org/submit-information/submit-information-on-a-human-rights-violation/"
      }
    ],
    "sources": [
      {
        "url": "https://www.gicj.org/un-special-procedures-appeals/information-on-the-un-special-procedures/183-united-nations-special-rapporteur-on-the-promotion-and-protection-of-the-right-to-freedom-of-opinion-and-expression",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://ijrcenter.org/un-special-procedures/special-rapporteur-on-the-promotion-and-protection-of-the-right-to-freedom-of-opinion-and-expression/",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://www.claiminghumanrights.org/sr_freedom_expression.html",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://srdefenders.org/submit-information/submit-information-on-a-human-rights-violation/",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Page of the UN Special Rapporteur on human rights defenders; gives the online form used by the UN special procedures."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "un-special-rapporteur-human-rights-defenders",
    "name": {
      "en": "UN Special Rapporteur on the situation of human rights defenders"
    },
    "summary": {
      "en": "Independent UN expert who takes information about defenders at risk in any country and writes to the government concerned: an urgent appeal when a violation is ongoing or imminent, an allegation letter when it has already happened. Send information by e-mail or through the UN special procedures online form, and say explicitly whether the victim consents to being named."
    },
    "website": "https://srdefenders.org/",
    "system": "united-nations",
    "type": "special-procedure",
    "procedures": [
      {
        "type": "urgent-appeal",
        "urgent": true,
        "description": {
          "en": "For violations that are ongoing or about to happen."
        }
      },
      {
        "type": "allegation-letter",
        "description": {
          "en": "For violations that have already happened. States have 60 days to reply (according to a secondary source)."
        }
      }
    ],
    "limits": [
      {
        "en": "Communications ask the government to explain and act; they are not binding and do not give physical protection."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "human-rights-defenders"
    ],
    "requesters": [
      "self",
      "organisation-on-behalf",
      "third-party"
    ],
    "coverage": {
      "global": true
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Send the information by e-mail, copying other relevant mandates, or through the online submission form."
        },
        {
          "en": "State explicitly, yes or no, whether the victim consents to being named to the government and in public reports."
        }
      ]
    },
    "contacts": [
      {
        "kind": "email",
        "address": "hrc-sr-defenders@un.org",
        "source": "https://srdefenders.org/submit-information/submit-information-on-a-human-rights-violation/"
      },
      {
        "kind": "online-portal",
        "url": "https://spsubmission.ohchr.org/",
        "label": {
          "en": "UN special procedures online submission form"
        },
        "source": "https://srdefenders.org/submit-information/submit-information-on-a-human-rights-violation/"
      }
    ],
    "confidentiality": {
      "consent_required": true,
      "note": {
        "en": "Explicit yes or no consent is needed before a victim is named to the government or in public reports."
      }
    },
    "sources": [
      {
        "url": "https://srdefenders.org/submit-information/submit-information-on-a-human-rights-violation/",
        "consulted": "2026-11-25",
        "title": "Submit information on a human rights violation"
      },
      {
        "url": "https://www.ohchr.org/EN/Issues/SRHRDefenders/Pages/Complaints.aspx",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.business-humanrights.org/en/emergency-and-rapid-response-mechanisms",
        "consulted": "2026-11-25",
        "third_party": true
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "un-special-rapporteur-judges-lawyers",
    "name": {
      "en": "UN Special Rapporteur on the independence of judges and lawyers"
    },
    "summary": {
      "en": "Independent UN expert on the independence of judges and lawyers, useful for lawyers who defend human rights defenders. Sends allegation letters to governments, and urgent appeals when a case cannot wait (loss of life, threats to life or imminent grave harm). Information is weighed for detail, corroboration, logic and the applicable law."
    },
    "system": "united-nations",
    "type": "special-procedure",
    "procedures": [
      {
        "type": "allegation-letter"
      },
      {
        "type": "urgent-appeal",
        "urgent": true,
        "description": {
          "en": "When a case is time-sensitive, such as loss of life, a threat to life or imminent grave harm."
        }
      },
      {
        "type": "country-visit",
        "description": {
          "en": "Only at the invitation of the government."
        }
      }
    ],
    "limits": [
      {
        "en": "Communications ask the government to explain and act; they are not binding and do not give physical protection."
      },
      {
        "en": "Country visits happen only at the government's invitation."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "lawyers"
    ],
    "coverage": {
      "global": true
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Send the information to the special procedures' urgent-action e-mail address."
        }
      ],
      "documents": [
        {
          "en": "Who is submitting the information."
        },
        {
          "en": "The victim's name, age, sex and place of residence."
        },
        {
          "en": "Date and place of the events, and the circumstances."
        },
        {
          "en": "The suspected perpetrators."
        },
        {
          "en": "Steps already taken at national and international level."
        }
      ],
      "note": {
        "en": "An older guide gave this e-mail address and a fax number for the mandate. The fax number is probably outdated and is not listed; the e-mail address is also given by an OHCHR page on reprisals as a channel for the special procedures."
      }
    },
    "contacts": [
      {
        "kind": "email",
        "address": "urgent-action@ohchr.org",
        "label": {
          "en": "UN special procedures, urgent action"
        },
        "source": "https://www.ohchr.org/EN/Issues/Reprisals/Pages/HowToShareInformationAboutCases.aspx"
      }
    ],
    "confidentiality": {
      "vetting": {
        "en": "Credibility is judged by the detail, corroboration and logic of the information and by the applicable law."
      }
    },
    "sources": [
      {
        "url": "https://www.gicj.org/un-special-procedures-appeals/information-on-the-un-special-procedures/182-united-nations-special-rapporteur-on-the-independence-of-judges-and-lawyers",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://www.claiminghumanrights.org/sr_independence_judges.html",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://ijrcenter.org/un-special-procedures/special-rapporteur-on-the-independence-of-judges-and-lawyers",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://www.ohchr.org/EN/Issues/Reprisals/Pages/HowToShareInformationAboutCases.aspx",
        "consulted": "2026-11-25",
        "note": {
          "en": "OHCHR page on reporting reprisals; gives urgent-action@ohchr.org as a channel for the special procedures."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "un-special-rapporteur-torture",
    "name": {
      "en": "UN Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment"
    },
    "summary": {
      "en": "Independent UN expert who, on credible information that someone is at risk of torture by officials or with their consent, sends an urgent appeal to the country's foreign minister asking the government to protect the person. Covers every country, whether or not it has ratified the Convention against Torture, and domestic remedies need not be tried first. Send information by e-mail or post, ideally with the model questionnaire, in any UN official language; in urgent cases the Rapporteur can act in under 24 hours."
    },
    "system": "united-nations",
    "type": "special-procedure",
    "procedures": [
      {
        "type": "urgent-appeal",
        "urgent": true,
        "description": {
          "en": "A letter to the Minister of Foreign Affairs asking the government to protect the person's physical and mental integrity. Also used for corporal punishment, prolonged incommunicado detention, solitary confinement, denial of medical care, imminent deportation to a country where torture is a risk, excessive force by law enforcement, and laws that undermine the ban on torture. Can be sent in under 24 hours."
        }
      }
    ],
    "limits": [
      {
        "en": "The appeal asks the government to act; it is not binding and does not give physical protection."
      },
      {
        "en": "In practice, cases older than two years are not taken up (according to an older guide)."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "any-person"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "Credible information that a person or group is at risk of torture by public officials, or with their consent or acquiescence."
        }
      ],
      "time_limit": {
        "max": 2,
        "unit": "years",
        "from": {
          "en": "the events"
        },
        "note": {
          "en": "Not a formal rule; an older guide says cases older than two years are not considered in practice."
        }
      },
      "language_requirement": {
        "en": "Information may be sent in any UN official language (Arabic, Chinese, English, French, Russian or Spanish)."
      },
      "domestic_remedies": "not-required"
    },
    "coverage": {
      "global": true,
      "note": {
        "en": "All countries, whether or not they have ratified the Convention against Torture."
      }
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Describe the case, preferably with the Special Rapporteur's model questionnaire."
        },
        {
          "en": "Send it by e-mail or post to the address for urgent appeals."
        }
      ]
    },
    "contacts": [
      {
        "kind": "email",
        "address": "urgent-action@ohchr.org",
        "label": {
          "en": "Urgent appeals"
        },
        "languages": [
          "ar",
          "zh",
          "en",
          "fr",
          "ru",
          "es"
        ],
        "source": "https://ohchr.org/EN/Issues/Torture/SRTorture/Pages/Appeals.aspx"
      },
      {
        "kind": "postal",
        "address": [
          "Special Rapporteur on Torture",
          "c/o Office of the High Commissioner for Human Rights",
          "United Nations Office at Geneva",
          "CH-1211 Geneva 10"
        ],
        "country": "CH",
        "languages": [
          "ar",
          "zh",
          "en",
          "fr",
          "ru",
          "es"
        ],
        "source": "https://ohchr.org/EN/Issues/Torture/SRTorture/Pages/Appeals.aspx"
      }
    ],
    "sources": [
      {
        "url": "https://ohchr.org/EN/Issues/Torture/SRTorture/Pages/Appeals.aspx",
        "consulted": "2026-11-25",
        "title": "Urgent appeals"
      },
      {
        "url": "https://nsd.asia/node/687",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Copy of OHCHR text on the mandate."
        }
      },
      {
        "url": "https://www.yumpu.com/en/document/view/9598436/guide-to-international-human-rights-mechanisms-brookings/90",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Copy of an older Brookings guide to international human rights mechanisms; gives the two-year practice."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "un-special-rapporteur-violence-against-women",
    "name": {
      "en": "UN Special Rapporteur on violence against women"
    },
    "summary": {
      "en": "Independent UN expert who takes up individual cases of violence, or threats of violence, against women because they are women, in any country. The mandate writes to the government concerned: an urgent appeal when harm is ongoing or imminent, an allegation letter when it has already happened. Cases are sent with the individual complaint form described on the mandate's OHCHR page; letters are not binding on the State."
    },
    "website": "https://www.ohchr.org/en/special-procedures/sr-violence-against-women",
    "system": "united-nations",
    "type": "special-procedure",
    "procedures": [
      {
        "type": "urgent-appeal",
        "urgent": true,
        "description": {
          "en": "For violence or threats that are ongoing or about to happen."
        }
      },
      {
        "type": "allegation-letter",
        "description": {
          "en": "For violence that has already happened."
        }
      }
    ],
    "limits": [
      {
        "en": "Covers only violence, or threats of violence, against women because of their sex, as defined in the UN Declaration on the Elimination of Violence against Women."
      },
      {
        "en": "Communications ask the government to explain and act; they are not binding and do not give physical protection."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "women-and-girls",
      "women-human-rights-defenders"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "The case must concern violence, or a threat of violence, against a woman or women because of their sex."
        }
      ],
      "note": {
        "en": "Any woman facing such violence can use the mandate, not only women defenders."
      }
    },
    "coverage": {
      "global": true
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Fill in the individual complaint form described on the Special Rapporteur's individual complaints page on the OHCHR website."
        }
      ]
    },
    "relations": [
      {
        "type": "works-with",
        "id": "achpr-special-rapporteur-rights-of-women",
        "note": {
          "en": "The two mandates cooperate."
        }
      }
    ],
    "sources": [
      {
        "url": "https://www.ohchr.org/en/special-procedures/sr-violence-against-women/individual-complaints",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://beta.stopvaw.org/complaint_mechanism_-_special_rapporteur_on_violence_against_women",
        "consulted": "2026-11-25",
        "third_party": true
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "un-working-group-arbitrary-detention",
    "name": {
      "en": "UN Working Group on Arbitrary Detention"
    },
    "acronym": "WGAD",
    "summary": {
      "en": "Group of independent UN experts that examines individual complaints about arbitrary detention in any country. The detained person, their family or representatives, or an organisation can send a case using the model questionnaire. The government is asked to reply, and the Working Group then adopts an Opinion on the detention; an urgent action is possible when continued detention puts health or life at risk."
    },
    "system": "united-nations",
    "type": "special-procedure",
    "procedures": [
      {
        "type": "individual-complaint",
        "description": {
          "en": "Regular procedure: the government is asked to reply within 60 days, the source may comment on the reply, and the Working Group adopts an Opinion. A 2014 guide gave 90 days, extendable by two months."
        }
      },
      {
        "type": "urgent-appeal",
        "urgent": true,
        "description": {
          "en": "When continued detention puts the person's health or life in danger."
        }
      }
    ],
    "limits": [
      {
        "en": "Deals only with deprivation of liberty."
      },
      {
        "en": "The Working Group cannot release anyone or enforce its Opinions."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "any-person"
    ],
    "requesters": [
      "self",
      "relative",
      "legal-representative",
      "organisation-on-behalf",
      "state"
    ],
    "eligibility": {
      "domestic_remedies": "not-required"
    },
    "coverage": {
      "global": true
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Describe the case using the Working Group's model questionnaire."
        }
      ],
      "note": {
        "en": "The sources seen give no verified address for sending the questionnaire; find the current channel on the Working Group's OHCHR page."
      }
    },
    "sources": [
      {
        "url": "https://www.ohchr.org/EN/Issues/Detention/Pages/Complaints.aspx",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.gicj.org/un-special-procedures-appeals/information-on-the-un-special-procedures/174-the-united-nations-working-group-on-arbitrary-detention",
        "consulted": "2026-11-25",
        "third_party": true
      },
      {
        "url": "https://www.yumpu.com/en/document/view/46388097/universal-migrationhrlaw-pg-no-6-publications-practitionersguide-2014-eng/359",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "Copy of a 2014 International Commission of Jurists practitioners guide."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "un-working-group-discrimination-women-girls",
    "name": {
      "en": "UN Working Group on discrimination against women and girls"
    },
    "summary": {
      "en": "Group of independent UN experts on discrimination against women and girls. It writes to governments about individual cases and about laws: urgent appeals, allegation letters and other letters. The letters ask the State to explain and act, but they are not binding."
    },
    "website": "https://www.ohchr.org/en/special-procedures/wg-women-and-girls",
    "system": "united-nations",
    "type": "special-procedure",
    "procedures": [
      {
        "type": "urgent-appeal",
        "urgent": true,
        "description": {
          "en": "For violations that are ongoing or about to happen."
        }
      },
      {
        "type": "allegation-letter",
        "description": {
          "en": "For violations that have already happened."
        }
      }
    ],
    "limits": [
      {
        "en": "Communications ask the government to explain and act; they are not binding and do not give physical protection."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "women-and-girls",
      "women-human-rights-defenders"
    ],
    "coverage": {
      "global": true
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Send the information to the special procedures' urgent-action e-mail address."
        }
      ],
      "note": {
        "en": "A 2014 third-party copy gave two e-mail addresses for the Working Group. The mandate's own address is not listed here because it may be outdated; the urgent-action address is also given by an OHCHR page on reprisals as a channel for the special procedures."
      }
    },
    "contacts": [
      {
        "kind": "email",
        "address": "urgent-action@ohchr.org",
        "label": {
          "en": "UN special procedures, urgent action"
        },
        "source": "https://www.ohchr.org/EN/Issues/Reprisals/Pages/HowToShareInformationAboutCases.aspx"
      }
    ],
    "sources": [
      {
        "url": "https://www.ohchr.org/en/special-procedures/wg-women-and-girls/comments-legislation-and-policy",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://wunrn.org/news/2014/04_14/04_07/040714_discrimination.htm",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "2014 copy of Working Group information."
        }
      },
      {
        "url": "https://www.ohchr.org/EN/Issues/Reprisals/Pages/HowToShareInformationAboutCases.aspx",
        "consulted": "2026-11-25",
        "note": {
          "en": "OHCHR page on reporting reprisals; gives urgent-action@ohchr.org as a channel for the special procedures."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "un-working-group-enforced-disappearances",
    "name": {
      "en": "UN Working Group on Enforced or Involuntary Disappearances"
    },
    "acronym": "WGEID",
    "summary": {
      "en": "Group of independent UN experts that takes up disappearances in any country and asks the government to find out what happened; no treaty ratification is needed and domestic remedies do not have to be tried first. Relatives report a case with the Working Group's form, or an organisation does so with their prior consent. Recent disappearances reach the government within one or two days, and urgent appeals can be sent when someone is at risk of disappearing; it gives no physical protection."
    },
    "website": "https://www.ohchr.org/en/special-procedures/wg-disappearances",
    "system": "united-nations",
    "type": "special-procedure",
    "procedures": [
      {
        "type": "urgent-appeal",
        "urgent": true,
        "description": {
          "en": "Urgent procedure: disappearances in the last three months are sent to the government within one or two days; cases up to a year old that are linked to one of these may also be sent. Urgent appeals are also sent when someone is at risk of being disappeared."
        }
      },
      {
        "type": "reprisals-follow-up",
        "description": {
          "en": "Prompt-intervention letters when people face reprisals."
        }
      }
    ],
    "limits": [
      {
        "en": "It gives no physical protection."
      },
      {
        "en": "It asks governments to act but cannot compel them."
      }
    ],
    "service_mode": [
      "complaint"
    ],
    "beneficiaries": [
      "any-person"
    ],
    "requesters": [
      "relative",
      "organisation-on-behalf"
    ],
    "eligibility": {
      "requirements": [
        {
          "en": "An organisation may report a case only with the prior consent of the relatives."
        },
        {
          "en": "The person who submits the case must remain reachable."
        }
      ],
      "domestic_remedies": "not-required",
      "note": {
        "en": "The State concerned does not need to have ratified any treaty."
      }
    },
    "coverage": {
      "global": true
    },
    "how_to_request": {
      "steps": [
        {
          "en": "Report the disappearance using the Working Group's form, described on its OHCHR page on reporting a disappearance."
        }
      ]
    },
    "confidentiality": {
      "consent_required": true,
      "identity_kept_confidential": true,
      "note": {
        "en": "The relatives' prior consent is needed when an organisation submits. Sources are kept confidential."
      }
    },
    "sources": [
      {
        "url": "https://www.ohchr.org/en/special-procedures/wg-disappearances/reporting-disappearance-working-group",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://www.ohchr.org/en/special-procedures/wg-disappearances/procedures",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://ijrcenter.org/un-special-procedures/working-group-on-enforced-or-involuntary-disappearances/",
        "consulted": "2026-11-25",
        "third_party": true
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  },
  {
    "kind": "mechanism",
    "id": "unesco-safety-of-journalists",
    "name": {
      "en": "UNESCO – safety of journalists (Director-General condemnations and follow-up of judicial inquiries)"
    },
    "acronym": "UNESCO",
    "summary": {
      "en": "UNESCO's Director-General publicly condemns each killing of a journalist or media worker and every year asks the Member States concerned about the status of the judicial inquiries; States answer voluntarily. People who produce journalism on social media count as journalists. UNESCO also coordinates the UN Plan of Action on the Safety of Journalists. It offers no individual complaint or protection procedure."
    },
    "system": "united-nations",
    "type": "un-official",
    "procedures": [
      {
        "type": "public-statement",
        "description": {
          "en": "The Director-General condemns each killing of a journalist or media worker (General Conference resolution 29, 1997) and asks the State each year about the judicial inquiry."
        }
      }
    ],
    "limits": [
      {
        "en": "No individual complaint or protection procedure is described; do not present it as a complaint route."
      },
      {
        "en": "It acts after a killing; it does not protect journalists at risk."
      },
      {
        "en": "States answer the requests about judicial inquiries only on a voluntary basis."
      }
    ],
    "service_mode": [
      "advocacy"
    ],
    "beneficiaries": [
      "journalists",
      "citizen-journalists"
    ],
    "coverage": {
      "global": true
    },
    "sources": [
      {
        "url": "https://en.unesco.org/themes/safety-journalists/dgreport/methodology",
        "consulted": "2026-11-25"
      },
      {
        "url": "https://radiotamazuj.org/en/news/article/unesco-director-general-condemns-killing-of-journalist-muawiya-abdel-razek-in-sudan",
        "consulted": "2026-11-25",
        "third_party": true,
        "note": {
          "en": "News report of one condemnation."
        }
      }
    ],
    "review": {
      "date": "2026-11-25",
      "by": "Project maintainers",
      "method": "published-sources",
      "verification": "desk-research",
      "note": {
        "en": "Built from the project's research notes on published pages (page dates unknown). Not yet confirmed with the mechanism."
      }
    }
  }
];
