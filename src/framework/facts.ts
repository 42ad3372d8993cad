import type { FactSpec, GroupSpec } from './types.js';

/**
 * The fact catalogue: every fact a framework file can state, grouped by section. It records facts
 * about the law, never answers to checklist questions, so many requirements can read one fact.
 * The JSON Schema (schema.ts), the `init` template and checklist fact-path checks derive from it.
 */

const bool = (description: string): FactSpec => ({ kind: 'boolean', description });
const oneOf = (description: string, values: Record<string, string>): FactSpec => ({
  kind: 'enum',
  description,
  values,
});
const setOf = (description: string, values: Record<string, string>): FactSpec => ({
  kind: 'set',
  description,
  values,
});
const years = (description: string): FactSpec => ({ kind: 'number', description, minimum: 0, maximum: 200 });
const group = (description: string, facts: GroupSpec['facts'], required?: string[]): GroupSpec =>
  required ? { description, facts, required } : { description, facts };

const PARTY_STATUS = {
  party: 'Party (ratified, acceded, approved or accepted; for the EU Directive: an EU Member State bound by it)',
  signatory: 'Signed but not ratified',
  not_party: 'Neither signed nor ratified',
};

const instrument = (name: string): GroupSpec =>
  group(`${name}: participation status and date.`, {
    status: oneOf(`Status of this jurisdiction in relation to the ${name}.`, PARTY_STATUS),
    date: { kind: 'date', description: 'Date of ratification, accession or entry into force for this jurisdiction (YYYY-MM-DD).' },
  });

const OFFENCE_FORM = {
  single_offence: 'A single, stand-alone offence',
  combination_of_offences: 'Covered only through a combination of other offences',
  none: 'Not criminalised',
};

const LEGAL_PERSON_LIABILITY = {
  criminal: 'Criminal liability of legal persons',
  civil_or_administrative: 'Civil or administrative liability only',
  none: 'No liability of legal persons',
};

const CONDITIONALITY = {
  no: 'Not conditional on cooperation with the authorities',
  partly: 'Partly conditional (some services or periods depend on cooperation)',
  yes: 'Conditional on cooperation with the authorities',
};

const ancillary = (offence: string): GroupSpec =>
  group(`Ancillary conduct punishable for the ${offence} offence.`, {
    attempt: bool('Attempt to commit the offence is punishable.'),
    complicity: bool('Participation as an accomplice is punishable.'),
    organizing_directing: bool('Organizing or directing other persons to commit the offence is punishable.'),
  });

const penalty = (offence: string): GroupSpec =>
  group(`Penalty for the basic ${offence} offence.`, {
    max_years: years('Maximum term of imprisonment, in years.'),
    min_years: years('Minimum term of imprisonment, in years (0 if none).'),
    fine_alternative: bool('A fine may be imposed instead of imprisonment.'),
  });

const IRREGULARITY = {
  criminal_offence: 'A criminal offence',
  administrative_offence: 'An administrative offence only',
  not_an_offence: 'Not an offence',
};

export const FRAMEWORK_FACTS: GroupSpec = group('A description of one jurisdiction\'s legal framework on trafficking in persons and smuggling of migrants.', {
  jurisdiction: group(
    'The jurisdiction (or draft or model law) described by this file.',
    {
      name: { kind: 'string', description: 'Name of the jurisdiction, draft or model law.', example: 'Republic of Example' },
      code: { kind: 'string', description: 'Short code, e.g. an ISO 3166-1 alpha-3 code or a draft identifier.', example: 'EXA' },
      kind: oneOf('What this file describes.', {
        country: 'A State',
        territory: 'A territory or sub-national jurisdiction',
        draft: 'A draft law',
        model: 'A model law',
        regional_instrument: 'A regional instrument',
      }),
      as_of: { kind: 'date', description: 'The date the law is described as of (YYYY-MM-DD).', example: '2026-01-01' },
      coastal: bool('The jurisdiction has a sea coast (smuggling by sea provisions apply).'),
    },
    ['name', 'as_of'],
  ),
  instruments: group('Participation in the UN instruments and in the regional or related treaties that make some principles binding.', {
    untoc: instrument('UN Convention against Transnational Organized Crime (2000)'),
    tip_protocol: instrument('Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children (2000)'),
    som_protocol: instrument('Protocol against the Smuggling of Migrants by Land, Sea and Air (2000)'),
    coe_cets_197: instrument('Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197)'),
    eu_directive_2011_36: instrument('EU Directive 2011/36/EU on preventing and combating trafficking in human beings'),
    actip: instrument('ASEAN Convention against Trafficking in Persons, Especially Women and Children (ACTIP)'),
    ilo_p029: instrument('ILO Protocol of 2014 to the Forced Labour Convention (P029)'),
    refugee_convention: instrument('1951 Convention relating to the Status of Refugees (or its 1967 Protocol)'),
  }),
  trafficking: group('The trafficking in persons offence and related offences.', {
    offence: oneOf('How trafficking in persons is criminalised.', OFFENCE_FORM),
    acts: setOf('Acts covered by the offence.', {
      recruitment: 'Recruitment',
      transportation: 'Transportation',
      transfer: 'Transfer',
      harbouring: 'Harbouring',
      receipt: 'Receipt of persons',
    }),
    means: setOf('Means covered by the offence.', {
      threat: 'Threat of force',
      force: 'Use of force',
      other_coercion: 'Other forms of coercion',
      abduction: 'Abduction',
      fraud: 'Fraud',
      deception: 'Deception',
      abuse_of_power: 'Abuse of power',
      abuse_of_vulnerability: 'Abuse of a position of vulnerability',
      payments_to_controller: 'Giving or receiving payments or benefits to achieve the consent of a person having control over another',
    }),
    purposes: setOf('Forms of exploitation covered by the offence.', {
      sexual_exploitation: 'Exploitation of the prostitution of others or other forms of sexual exploitation',
      forced_labour: 'Forced labour or services',
      slavery: 'Slavery',
      practices_similar_to_slavery: 'Practices similar to slavery',
      servitude: 'Servitude',
      organ_removal: 'Removal of organs',
    }),
    purposes_open_ended: bool('The list of forms of exploitation is open-ended ("at a minimum", "including").'),
    exploitation_must_occur: bool('The offence requires that exploitation actually occurred (rather than being the purpose).'),
    victims_covered: oneOf('Whom the offence protects.', {
      all_persons: 'All persons, regardless of sex or age',
      women_and_children: 'Only women and children',
      women_only: 'Only women',
      children_only: 'Only children',
    }),
    child_age: { kind: 'integer', description: 'Age below which a victim is treated as a child for the offence (18 in the Protocol).', minimum: 0, maximum: 30 },
    means_required_for_children: bool('Means (force, fraud...) must be proved when the victim is a child.'),
    consent_irrelevant: bool('The victim\'s consent to the intended exploitation is irrelevant once any of the means is used.'),
    transnationality_required: bool('The offence requires that the trafficking crossed a border.'),
    organized_group_required: bool('The offence requires the involvement of an organized criminal group.'),
    ancillary: ancillary('trafficking'),
    penalty: group('Penalty for the basic trafficking offence.', {
      max_years: years('Maximum term of imprisonment, in years.'),
      min_years: years('Minimum term of imprisonment, in years (0 if none).'),
      fine_alternative: bool('A fine may be imposed instead of imprisonment.'),
      tiered_by_victim_sex: bool('Penalties differ by the sex of the victim (e.g. lower for adult men).'),
    }),
    aggravating: setOf('Aggravating circumstances provided for trafficking.', {
      child_victim: 'The victim is a child',
      public_official: 'The offender is a public official acting in that capacity',
      organized_group: 'Committed by or within an organized criminal group',
      serious_harm_or_death: 'Serious harm to or death of the victim',
      weapons_or_drugs: 'Use of weapons or drugs',
      repeat_offence: 'Repeat offending',
      particularly_vulnerable_victim: 'A particularly vulnerable victim',
    }),
    legal_persons: oneOf('Liability of legal persons (companies) for trafficking.', LEGAL_PERSON_LIABILITY),
    use_of_services: bool('Knowingly using the services of a victim of trafficking is an offence.'),
  }),
  smuggling: group('The smuggling of migrants offences and the position of smuggled migrants.', {
    offence: oneOf('How smuggling of migrants is criminalised.', OFFENCE_FORM),
    conduct: setOf('Conduct covered by the smuggling offences.', {
      procuring_illegal_entry: 'Procuring the illegal entry of a person into a State of which the person is not a national or permanent resident',
      enabling_illegal_stay: 'Enabling a person to remain without complying with the requirements for legal stay',
      producing_fraudulent_documents: 'Producing a fraudulent travel or identity document',
      procuring_providing_possessing_fraudulent_documents: 'Procuring, providing or possessing a fraudulent travel or identity document',
    }),
    benefit_element: oneOf('Place of the "financial or other material benefit" element in the smuggling offence.', {
      element_of_offence: 'An element of the basic offence',
      aggravating_factor_only: 'Only an aggravating factor; the basic offence does not require it',
      absent: 'Not mentioned',
    }),
    benefit_read_broadly: bool('The benefit element includes in-kind benefits, not cash only.'),
    humanitarian_exemption: group('An explicit exemption for help given for humanitarian reasons or on the basis of close family ties.', {
      type: oneOf('Whether the law exempts humanitarian assistance from the smuggling offences.', {
        mandatory: 'Explicit, and it applies as of right',
        discretionary: 'Explicit, but at the authorities\' or court\'s discretion',
        none: 'No exemption',
      }),
      scope: setOf('What the exemption covers.', {
        rescue_at_sea: 'Rescue at sea',
        assistance_in_territory: 'Humanitarian assistance given inside the territory (food, shelter, medical or legal help)',
        assistance_with_entry: 'Assistance with entry',
        family_members: 'Help given to family members',
        non_profit_organisations: 'Non-profit, humanitarian and religious organisations',
      }),
    }),
    organized_group_required: bool('The offence requires the involvement of an organized criminal group.'),
    ancillary: ancillary('smuggling'),
    penalty: penalty('smuggling'),
    aggravating: setOf('Aggravating circumstances provided for smuggling.', {
      endangering_life_or_safety: 'Endangering, or being likely to endanger, the lives or safety of the migrants',
      inhuman_or_degrading_treatment: 'Inhuman or degrading treatment of the migrants, including for exploitation',
      death_or_serious_injury: 'Death of or serious injury to a migrant',
      child_migrants: 'The migrant is a child',
      organized_group: 'Committed by or within an organized criminal group',
    }),
    legal_persons: oneOf('Liability of legal persons (companies) for smuggling.', LEGAL_PERSON_LIABILITY),
    migrant_liability: group('Whether smuggled migrants themselves can be punished.', {
      liable_as_smuggled: bool('A migrant can be prosecuted under the smuggling offences (as principal, accomplice or conspirator) for having been smuggled.'),
      non_liability_clause: bool('The law states expressly that migrants are not liable under the smuggling offences for having been smuggled.'),
      irregular_entry: oneOf('Status of irregular entry itself.', IRREGULARITY),
      irregular_stay: oneOf('Status of irregular stay itself.', IRREGULARITY),
      refugee_exemption: bool('Refugees and asylum seekers are exempt from penalties for irregular entry or presence (1951 Convention art. 31).'),
    }),
  }),
  victims: group('Protection and assistance of victims of trafficking.', {
    non_punishment: group('Non-punishment of victims for offences they were compelled to commit or that were a direct consequence of being trafficked.', {
      model: oneOf('The test the provision uses.', {
        causation: 'Offences that are a direct consequence of being trafficked',
        compulsion: 'Offences the victim was compelled to commit',
        none: 'No non-punishment provision (only general defences such as duress, or prosecutorial discretion)',
      }),
      scope: oneOf('Which offences the provision covers.', {
        all_offences: 'All offences (criminal, immigration and administrative) within the test',
        listed_offences: 'A list of offences (e.g. status, document and prostitution-related offences)',
        immigration_offences_only: 'Immigration offences only',
        none: 'None',
      }),
      status_offences_covered: bool('The provision covers irregular entry or stay, document offences and other status offences resulting from being trafficked.'),
      exclusion_list: bool('Serious offences are excluded by a list.'),
      stages: setOf('Stages of proceedings at which it applies.', {
        investigation: 'Investigation (no arrest or detention)',
        prosecution: 'Prosecution (no charge)',
        sentencing: 'Sentencing (no penalty)',
      }),
      children_without_compulsion: bool('For child victims no compulsion needs to be shown.'),
      vacatur: bool('Past convictions can be vacated or expunged.'),
    }),
    identification: group('Identification of victims and referral to assistance.', {
      procedure: bool('Written identification criteria or procedure exist.'),
      referral_mechanism: bool('A national (multi-agency) referral mechanism exists.'),
      reasonable_grounds_trigger: bool('Assistance starts on "reasonable grounds" to believe a person is a victim, before full identification.'),
      screening_in_migration_procedures: bool('Asylum, detention and return procedures screen for victims.'),
      no_removal_before_identification: bool('A presumed victim is not removed before identification is complete.'),
      ngo_role: bool('NGOs, labour inspectors or other non-police actors can identify or refer victims.'),
    }),
    special_needs: bool('Protection measures take into account the age, gender and special needs of victims, in particular children.'),
    assistance: group('Assistance to victims.', {
      services: setOf('Services available to victims.', {
        housing: 'Appropriate housing',
        counselling_information: 'Counselling and information, in particular on legal rights, in a language the victim understands',
        medical: 'Medical assistance',
        psychological: 'Psychological assistance',
        material: 'Material assistance',
        employment_education_training: 'Employment, educational and training opportunities',
        legal: 'Legal assistance',
      }),
      conditional_on_cooperation: oneOf('Whether assistance depends on the victim\'s cooperation with investigators or prosecutors.', CONDITIONALITY),
      non_nationals: bool('Non-nationals (including irregular migrants) have access to assistance.'),
      shelters_confine: bool('Shelters restrict victims\' freedom of movement.'),
      ngo_cooperation: bool('Assistance is provided in cooperation with NGOs and civil society.'),
    }),
    reflection_period: group('A recovery and reflection period during which a presumed victim is not removed.', {
      days: { kind: 'integer', description: 'Length of the period in days (0 if there is none).', minimum: 0, maximum: 3650 },
      conditional_on_cooperation: bool('The period is granted only at the request of, or for cooperation with, the police or prosecutors.'),
    }),
    residence: group('Permission for victims to remain in the territory.', {
      available: bool('A residence permit or temporary stay route exists for victims.'),
      conditional_on_cooperation: oneOf('Whether the permit depends on cooperation with the authorities.', CONDITIONALITY),
      permanent_route: bool('A route to permanent residence exists.'),
      humanitarian_factors: bool('Humanitarian and compassionate factors are considered when deciding on stay.'),
    }),
    privacy: group('Privacy and identity of victims.', {
      identity_protected: bool('The identity of victims is protected (anonymity, non-disclosure).'),
      confidential_proceedings: bool('Proceedings can be held in camera or confidentially.'),
      disclosure_offence: bool('Unlawful disclosure of a victim\'s identity is an offence.'),
    }),
    proceedings: group('Information on, and participation in, proceedings.', {
      information: bool('Victims receive information on relevant court and administrative proceedings.'),
      views_presented: bool('Victims are assisted to present their views and concerns at appropriate stages.'),
      legal_aid: bool('Victims have free legal aid.'),
    }),
    safety: group('Physical safety.', {
      physical_safety: bool('Measures provide for the physical safety of victims while in the territory.'),
      witness_protection: bool('Witness protection (relocation, non-disclosure, testimony by video link) is available to victims who are witnesses.'),
    }),
    compensation: group('Compensation for damage suffered.', {
      routes: setOf('Ways victims can obtain compensation.', {
        court_order: 'Compensation ordered by the criminal court',
        civil_claim: 'A civil claim against the offender',
        state_fund: 'A State compensation fund',
      }),
      regardless_of_status: bool('Victims can claim regardless of residence status (including after leaving the country).'),
      confiscated_assets: bool('Confiscated proceeds are used with priority to compensate victims.'),
    }),
    repatriation: group('Return of victims.', {
      risk_assessment: bool('Return is preceded by an assessment of the risks to the person\'s safety.'),
      voluntary_preferred: bool('Return is preferably voluntary.'),
      regard_for_proceedings: bool('Return has due regard for the status of any legal proceedings related to the victim.'),
      accept_own_nationals: bool('Victims who are nationals or permanent residents are accepted back without undue delay.'),
      nationality_verification: bool('Nationality or residence is verified without undue delay at another State\'s request.'),
      travel_documents: bool('Travel documents are issued to returning victims who lack them.'),
    }),
    children: group('Protections specific to child victims.', {
      best_interests: bool('The best interests of the child are a primary consideration, including a determination before return.'),
      guardian: bool('A guardian or representative is appointed without delay.'),
      presumption_of_minority: bool('A person is presumed to be a child when age is uncertain.'),
      no_detention: bool('Child victims are not detained.'),
      cooperation_never_required: bool('Assistance to child victims never depends on cooperation with the authorities.'),
      child_friendly_procedures: bool('Interviews and proceedings are child-friendly.'),
    }),
    non_refoulement_clause: bool('The law saves refugee protection and non-refoulement for victims (TIP Protocol art. 14(1)).'),
    non_discrimination: bool('Measures are applied without discrimination, including on the ground of being a victim.'),
    firewall: oneOf('Separation between immigration enforcement and service providers, so victims and migrants can seek help without fear of detention or deportation.', {
      statutory: 'Laid down in law',
      policy_only: 'In policy or practice only',
      none: 'None',
    }),
  }),
  smuggled_migrants: group('Protection of smuggled migrants.', {
    rights_protected: bool('Measures protect the rights of smuggled migrants, in particular the right to life and freedom from torture or cruel, inhuman or degrading treatment.'),
    protection_from_violence: bool('Smuggled migrants are protected against violence by individuals or groups because they were smuggled.'),
    assistance_life_safety: bool('Assistance is given to migrants whose lives or safety are endangered by being smuggled.'),
    special_needs_women_children: bool('The special needs of women and children are taken into account.'),
    consular_notification: bool('Detained migrants are informed without delay of their rights to consular notification and communication.'),
    return_safety_dignity: bool('Returns are orderly and with due regard for safety and dignity.'),
    accept_own_nationals: bool('Smuggled nationals or permanent residents are accepted back without undue delay.'),
    non_refoulement_clause: bool('The law saves refugee protection and non-refoulement for smuggled migrants (SOM Protocol art. 19(1)).'),
    non_discrimination: bool('Measures are applied without discrimination on the ground of being smuggled.'),
  }),
  prevention: group('Prevention, coordination and border measures.', {
    national_action_plan: setOf('Crimes covered by a current national action plan or strategy.', {
      trafficking: 'Trafficking in persons',
      smuggling: 'Smuggling of migrants',
    }),
    coordinating_body: bool('A national coordinating body exists.'),
    research_awareness: bool('Research, information and media campaigns, and social and economic initiatives to prevent trafficking.'),
    ngo_cooperation: bool('Prevention policies are carried out in cooperation with NGOs and civil society.'),
    vulnerability_measures: bool('Measures address the factors that make people vulnerable to trafficking (poverty, underdevelopment, lack of equal opportunity).'),
    demand_measures: bool('Legislative or other measures discourage the demand that fosters exploitation.'),
    training: group('Training of officials.', {
      officials: setOf('Officials trained on trafficking and smuggling.', {
        law_enforcement: 'Police and other law-enforcement officials',
        prosecutors_judges: 'Prosecutors and judges',
        immigration: 'Immigration and border officials',
        labour_inspectors: 'Labour inspectors',
        social_services: 'Social, health and child-protection services',
      }),
      rights_based: bool('Training covers human rights, child- and gender-sensitive approaches and the humane treatment of migrants.'),
    }),
    border_measures: bool('Border controls are strengthened to detect trafficking and smuggling.'),
    carrier_obligations: bool('Commercial carriers must check that passengers hold the travel documents required for entry.'),
    carrier_sanctions: bool('Sanctions apply to carriers that breach that obligation.'),
    visa_denial: bool('Entry can be denied, or visas revoked, for persons implicated in trafficking or smuggling.'),
    document_security: bool('Travel and identity documents are hard to misuse, falsify or alter, and their issuance is secure.'),
    public_information_smuggling: bool('Public information programmes tell people that smuggling is a crime and dangerous.'),
    root_causes_programmes: bool('Development programmes address the root causes of smuggling.'),
    regular_pathways: bool('Policy opens regular migration pathways and legal employment.'),
  }),
  organized_crime: group('The UNTOC offences and measures that apply alongside the Protocol offences.', {
    participation_offence: bool('Participation in an organized criminal group (conspiracy or participation) is an offence (UNTOC art. 5).'),
    corruption_offence: bool('Active and passive bribery of national public officials are offences (UNTOC art. 8).'),
    obstruction_of_justice: bool('Obstruction of justice is an offence (UNTOC art. 23).'),
    long_limitation_period: bool('A long limitation period applies to trafficking and smuggling offences.'),
    cooperating_offenders: setOf('Measures for persons who participate or participated in an organized criminal group and cooperate with the authorities (offenders, not victims).', {
      encouragement: 'Measures encourage them to supply information and give concrete help to the authorities',
      mitigated_punishment: 'Punishment can be mitigated for an accused person who gives substantial cooperation',
      immunity: 'Immunity from prosecution can be granted for substantial cooperation',
    }),
  }),
  cooperation: group('Jurisdiction and international cooperation.', {
    jurisdiction: setOf('Grounds of criminal jurisdiction over trafficking and smuggling.', {
      territory: 'Offences committed in the territory',
      flag_ships_aircraft: 'Offences on board ships flying its flag or aircraft registered under its laws',
      active_nationality: 'Offences committed abroad by its nationals',
      passive_nationality: 'Offences committed abroad against its nationals',
      not_extraditing_nationals: 'Offences by a person present in the territory who is not extradited because he or she is a national',
    }),
    extradition: group('Extradition.', {
      extraditable_offence: bool('Trafficking and smuggling are extraditable offences.'),
      extradites_nationals: bool('Nationals can be extradited.'),
      aut_dedere_aut_judicare: bool('A case must be submitted for prosecution when extradition of a national is refused.'),
    }),
    mutual_legal_assistance: group('Mutual legal assistance.', {
      available: bool('Mutual legal assistance is available for trafficking and smuggling investigations, prosecutions and proceedings.'),
      central_authority: bool('A central authority for mutual legal assistance requests is designated.'),
      bank_secrecy_no_bar: bool('Bank secrecy is not a ground to refuse assistance.'),
    }),
    joint_investigations: bool('Joint investigative bodies or teams can be set up.'),
    law_enforcement_cooperation: bool('Channels of communication and cooperation between law-enforcement agencies exist.'),
    information_exchange: bool('Law-enforcement and immigration authorities exchange information on trafficking and smuggling.'),
    document_verification: bool('The legitimacy of travel or identity documents issued in its name is verified at another State\'s request within a reasonable time.'),
    sea_authority: bool('An authority is designated to receive and respond to requests about vessels suspected of smuggling migrants by sea.'),
    sea_safeguards: bool('Measures against vessels at sea must ensure the safety and humane treatment of persons on board.'),
    confiscation: group('Confiscation of proceeds.', {
      proceeds_and_instrumentalities: bool('Proceeds and instrumentalities of trafficking and smuggling can be confiscated.'),
      freezing: bool('Proceeds can be identified, traced, frozen or seized.'),
      return_to_victims: bool('Priority is given to returning confiscated proceeds to compensate victims.'),
      international_cooperation: bool('Requests from other States to identify, trace, freeze, seize or confiscate proceeds of trafficking and smuggling can be executed.'),
    }),
    money_laundering_predicate: setOf('Crimes that are predicate offences to money laundering.', {
      trafficking: 'Trafficking in persons',
      smuggling: 'Smuggling of migrants',
    }),
    special_investigative_techniques: setOf('Special investigative techniques available.', {
      controlled_delivery: 'Controlled delivery',
      electronic_surveillance: 'Electronic or other forms of surveillance',
      undercover_operations: 'Undercover operations',
    }),
  }),
  commitments: group('Multilateral political commitments the jurisdiction has taken up in its policies.', {
    global_plan_of_action: bool('National policy implements the UN Global Plan of Action to Combat Trafficking in Persons (A/RES/64/293).'),
    sdg_targets: setOf('SDG targets on trafficking and smuggling that national plans or reporting address.', {
      '5.2': 'Target 5.2: eliminate violence against women and girls, including trafficking',
      '8.7': 'Target 8.7: end forced labour, modern slavery and human trafficking',
      '10.7': 'Target 10.7: orderly, safe, regular and responsible migration',
      '16.2': 'Target 16.2: end abuse, exploitation, trafficking and violence against children',
      '16.4': 'Target 16.4: reduce illicit financial flows and combat organized crime',
      '17.18': 'Target 17.18: data disaggregated by migratory status and other characteristics',
    }),
    unsc_2331: bool('National policy follows up Security Council resolution 2331 (2016).'),
    unsc_2388: bool('National policy follows up Security Council resolution 2388 (2017).'),
    gcm: group('Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195).', {
      endorsed: bool('The jurisdiction endorsed the Global Compact for Migration.'),
      objective_9: bool('Objective 9 (transnational response to smuggling of migrants) is reflected in national policy.'),
      objective_10: bool('Objective 10 (prevent, combat and eradicate trafficking in the context of international migration) is reflected in national policy.'),
    }),
  }),
  data: group('Data collection and monitoring.', {
    collection_system: bool('A system collects data on trafficking and smuggling cases, victims and migrants.'),
    disaggregation: setOf('How the data are disaggregated.', {
      sex: 'Sex',
      age: 'Age',
      form_of_exploitation: 'Form of exploitation',
      migratory_status: 'Migratory status',
      nationality: 'Nationality',
    }),
    national_rapporteur: bool('A national rapporteur or equivalent independent monitoring mechanism exists.'),
  }),
});
