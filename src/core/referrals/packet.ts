// The referral packet: what leaves Harbour for the recipient. The case is first read into an
// extract, every item filed under the one data category of the consent model it belongs to; the
// packet then keeps the categories the practitioner chose (and the consent covers) and nothing
// else. The preview the practitioner sees and the packet sent are the same value.
import { DATA_CATEGORIES, type DataCategory } from '../consent/model';

/** One item of case data; `key` is a wording code (e.g. "identity.names"), `value` the client's data. */
export interface PacketItem {
  key: string;
  value: string;
}

export interface CaseExtract {
  /** Not client data: the province, the languages and whether an interpreter is needed. Always sent. */
  header: { province: string; languages: string[]; interpreterNeeded: boolean };
  byCategory: Partial<Record<DataCategory, PacketItem[]>>;
}

export interface Packet {
  header: CaseExtract['header'];
  /** The categories shared, in the consent model's order. */
  categories: DataCategory[];
  sections: { category: DataCategory; items: PacketItem[] }[];
  /** Why the client is referred, written by the practitioner for the recipient. */
  purpose: string;
}

export function buildPacket(extract: CaseExtract, chosen: readonly DataCategory[], purpose: string): Packet {
  const categories = DATA_CATEGORIES.filter((c) => chosen.includes(c));
  return {
    header: { ...extract.header, languages: [...extract.header.languages] },
    categories,
    sections: categories.map((category) => ({ category, items: (extract.byCategory[category] ?? []).map((i) => ({ ...i })) })),
    purpose,
  };
}

/** The packet narrowed to the categories still open to the recipient (after a consent is withdrawn: none). */
export function narrowPacket(packet: Packet, open: readonly DataCategory[]): Packet {
  const categories = packet.categories.filter((c) => open.includes(c));
  return { ...packet, categories, sections: packet.sections.filter((s) => categories.includes(s.category)) };
}
