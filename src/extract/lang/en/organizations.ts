// Well-known international organisations, alliances, blocs and news agencies: a generic resource,
// so that acronyms and full names resolve to one entity whichever form an article uses.

export interface OrganizationRecord {
  /** Canonical name. */
  label: string;
  /** Other names and acronyms. */
  names: string[];
  /** A news agency or outlet: it reports events ("told Reuters", "the BBC reported"), it is the
   *  document's source, not an actor. */
  outlet?: boolean;
}

export const ORGANIZATIONS: readonly OrganizationRecord[] = [
  { label: 'United Nations', names: ['UN', 'U.N.', 'United Nations Organization'] },
  { label: 'UN Security Council', names: ['United Nations Security Council', 'U.N. Security Council', 'Security Council', 'UNSC'] },
  { label: 'UN General Assembly', names: ['United Nations General Assembly', 'General Assembly', 'UNGA'] },
  { label: 'NATO', names: ['North Atlantic Treaty Organization', 'Nato', 'North Atlantic Alliance'] },
  { label: 'European Union', names: ['EU', 'E.U.'] },
  { label: 'European Commission', names: ['EU Commission'] },
  { label: 'European Parliament', names: [] },
  { label: 'African Union', names: ['AU'] },
  { label: 'Arab League', names: ['League of Arab States'] },
  { label: 'ASEAN', names: ['Association of Southeast Asian Nations'] },
  { label: 'OPEC', names: ['Organization of the Petroleum Exporting Countries'] },
  { label: 'OPEC+', names: [] },
  { label: 'G7', names: ['Group of Seven', 'G-7'] },
  { label: 'G20', names: ['Group of 20', 'Group of Twenty', 'G-20'] },
  { label: 'BRICS', names: [] },
  { label: 'World Health Organization', names: ['WHO'] },
  { label: 'International Monetary Fund', names: ['IMF'] },
  { label: 'World Bank', names: [] },
  { label: 'World Trade Organization', names: ['WTO'] },
  { label: 'International Atomic Energy Agency', names: ['IAEA'] },
  { label: 'International Criminal Court', names: ['ICC'] },
  { label: 'International Court of Justice', names: ['ICJ', 'World Court'] },
  { label: 'Organization for Security and Co-operation in Europe', names: ['OSCE', 'Organization for Security and Cooperation in Europe'] },
  { label: 'Organisation for Economic Co-operation and Development', names: ['OECD'] },
  { label: 'Council of Europe', names: [] },
  { label: 'European Central Bank', names: ['ECB'] },
  { label: 'Shanghai Cooperation Organisation', names: ['SCO', 'Shanghai Cooperation Organization'] },
  { label: 'Gulf Cooperation Council', names: ['GCC'] },
  { label: 'Organisation of Islamic Cooperation', names: ['OIC', 'Organization of Islamic Cooperation'] },
  { label: 'ECOWAS', names: ['Economic Community of West African States'] },
  { label: 'Southern African Development Community', names: ['SADC'] },
  { label: 'Mercosur', names: ['Mercosul'] },
  { label: 'Organization of American States', names: ['OAS'] },
  { label: 'Commonwealth of Independent States', names: ['CIS'] },
  { label: 'Collective Security Treaty Organization', names: ['CSTO'] },
  { label: 'UNICEF', names: ["United Nations Children's Fund"] },
  { label: 'UNHCR', names: ['UN refugee agency', 'United Nations High Commissioner for Refugees', 'U.N. refugee agency'] },
  { label: 'World Food Programme', names: ['WFP', 'World Food Program'] },
  { label: 'UNESCO', names: [] },
  { label: 'International Committee of the Red Cross', names: ['ICRC', 'Red Cross'] },
  { label: 'Amnesty International', names: ['Amnesty'] },
  { label: 'Human Rights Watch', names: ['HRW'] },
  { label: 'Doctors Without Borders', names: ['Medecins Sans Frontieres', 'Médecins Sans Frontières', 'MSF'] },
  { label: 'Interpol', names: ['INTERPOL'] },
  { label: 'Europol', names: [] },
  { label: 'Reuters', names: ['Thomson Reuters'], outlet: true },
  { label: 'Associated Press', names: ['AP', 'The Associated Press'], outlet: true },
  { label: 'Agence France-Presse', names: ['AFP', 'Agence France Presse'], outlet: true },
  { label: 'Bloomberg', names: ['Bloomberg News'], outlet: true },
  { label: 'Al Jazeera', names: ['Al-Jazeera'], outlet: true },
  { label: 'BBC', names: ['British Broadcasting Corporation'], outlet: true },
  { label: 'CNN', names: [], outlet: true },
  { label: 'Xinhua', names: ['Xinhua News Agency'], outlet: true },
  { label: 'TASS', names: ['Tass'], outlet: true },
  { label: 'Anadolu Agency', names: ['Anadolu'], outlet: true },
  { label: 'Kremlin', names: [] },
  { label: 'White House', names: [] },
  { label: 'Pentagon', names: [] },
  { label: 'State Department', names: ['U.S. State Department', 'US State Department'] },
];

/** Seats of government used for the government itself ("the Kremlin said"), part of their state. */
export const GOVERNMENT_SEATS: Readonly<Record<string, string>> = {
  Kremlin: 'RUS',
  'White House': 'USA',
  Pentagon: 'USA',
  'State Department': 'USA',
  'Downing Street': 'GBR',
  'Elysee': 'FRA',
  'Élysée': 'FRA',
  'Elysee Palace': 'FRA',
  'Zhongnanhai': 'CHN',
  'Blue House': 'KOR',
};
