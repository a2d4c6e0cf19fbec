// Detector of person names: after a title, after a staff noun, or a known first name in a
// thanks / greeting context.
import { FIRST_NAMES } from './first-names';
import { normalise, type RedactionSpan } from './types';

// ---------------------------------------------------------------------------------------------
// NOM (person names)

interface Token {
  text: string;
  /** normalised: lowercased, accents removed, ’ → ' */
  n: string;
  /** lowercased, accents kept */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct' | 'newline' | 'masked';
}

const TOKEN_RE =
  /\[(?:EMAIL|TELEPHONE|NIR|NOM)\]|[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|\p{N}+|\n|\S/gu;
const ELISION_RE = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)(['’])(.+)$/i;
const POSSESSIVE_RE = /^\p{Lu}.*\p{L}['’]s$/u;

const wordToken = (text: string, start: number): Token => ({
  text,
  n: normalise(text),
  lower: text.toLowerCase().replace(/’/g, "'"),
  start,
  end: start + text.length,
  kind: 'word',
});

function tokenise(text: string, masked: ReadonlyArray<[number, number]>): Token[] {
  const tokens: Token[] = [];
  let mi = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    while (mi < masked.length && masked[mi]![1] <= start) mi++;
    const mask = masked[mi];
    if (mask && mask[0] < end) {
      // token overlaps an already-found span (or a placeholder): one masked token per span
      const last = tokens[tokens.length - 1];
      if (last && last.kind === 'masked' && last.end === mask[1]) continue;
      tokens.push({ text: '', n: '', lower: '', start: mask[0], end: mask[1], kind: 'masked' });
      continue;
    }
    const t = m[0];
    if (t.startsWith('[') && t.length > 1) {
      tokens.push({ text: t, n: '', lower: '', start, end, kind: 'masked' });
    } else if (/^[\p{L}\p{M}]/u.test(t)) {
      // elision "l'infirmière" → "l'" + "infirmière"; possessive "Smith's" → "Smith" + "'s"
      const el = ELISION_RE.exec(t);
      const cut = el ? el[1]!.length + 1 : POSSESSIVE_RE.test(t) ? t.length - 2 : 0;
      if (cut > 0) {
        tokens.push(wordToken(t.slice(0, cut), start));
        tokens.push(wordToken(t.slice(cut), start + cut));
      } else {
        tokens.push(wordToken(t, start));
      }
    } else if (/^\p{N}/u.test(t)) {
      tokens.push({ text: t, n: t, lower: t, start, end, kind: 'number' });
    } else if (t === '\n') {
      tokens.push({ text: t, n: t, lower: t, start, end, kind: 'newline' });
    } else {
      const n = t === '’' ? "'" : t;
      tokens.push({ text: t, n, lower: n, start, end, kind: 'punct' });
    }
  }
  return tokens;
}

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Titles before a surname. Abbreviations may be followed by a dot. */
const TITLES = words(`
  docteur docteurs doctor doctors dr drs dre professeur professeurs professor pr prof
  madame mesdames mme mmes mademoiselle mlle monsieur messieurs mr mrs ms miss
`);
const TITLE_ABBREVIATIONS = words('dr drs dre pr prof mme mmes mlle mr mrs ms m');
/** Staff nouns after which a name may follow ("l'infirmière Julie", "nurse Sarah"). */
const STAFF = words(`
  infirmiere infirmier infirmieres infirmiers aide-soignante aide-soignant aides-soignantes
  auxiliaire kine kines kinesitherapeute kinesi sage-femme sages-femmes secretaire brancardier
  brancardiere interne externe anesthesiste chirurgien chirurgienne psychologue psy dieteticienne
  dieteticien ergotherapeute orthophoniste orthoptiste puericultrice manipulatrice manipulateur hotesse
  agent cadre educatrice educateur animatrice animateur assistante assistant ambulancier ambulanciere
  nurse nurses midwife carer physio physiotherapist porter receptionist therapist
`);
/** Staff abbreviations only recognised in upper case. */
const STAFF_UPPER = new Set(['AS', 'ASH', 'IDE', 'AES', 'AMP']);
/** Particles that may start a surname ("de Villiers", "Le Gall", "Ben Salah"). */
const PARTICLES_ANY_CASE = words(
  "de du des d' van von der den da di del della dos ben bin el al ould",
);
const PARTICLES_CAPITALISED = words('le la');
/** Words that open a thanks / greeting context. */
const THANKS = words(`
  merci mercis remercie remercier remercions remerciez remerciant remerciements remerciement
  bravo felicitations felicitation felicite feliciter bonjour bonsoir coucou salut
  thanks thank thx dear hello chere cher kudos
`);
/** Words that may sit right before a first name in a thanks context. */
const CONNECTORS = new Set([
  ...words(`
  a et au ainsi que aussi egalement surtout particulierement notamment specialement
  beaucoup infiniment encore vraiment enormement tellement sincerement chaleureusement
  and to you especially also particularly again much so very
  `),
  ...THANKS,
  ',',
  '&',
]);
/** Determiners before a staff noun in apposition ("Julie, l'infirmière"). */
const DETERMINERS = words("l' le la notre mon ma the our my");
/** Sentence breaks ending a thanks context. */
const SENTENCE_END = new Set(['.', '!', '?', '\n', '…']);
/**
 * Lower-case words that are also first names: never taken as a name when written in lower case.
 */
const AMBIGUOUS_LOWER = words(`
  rose pierre marine claire france ange olive prudence constance victoire violette blanche
  aime rene noel grace jade lou tom mai lan hoa li ali anna ana eva lena lina line nina
  paul jean luc marc guy yves max leo leon dominique claude martin simon jules louis
  `);
/**
 * Capitalised words that are not names (function words, greetings, roles, generic nouns):
 * compared in normalised form.
 */
const NOT_NAMES = new Set([
  ...TITLES,
  ...STAFF,
  ...THANKS,
  ...words(`
  le la les l' un une des du de d' et ou ni mais donc or car que qu' qui quoi dont a au aux en dans
  par pour sur sous avec sans chez vers entre apres avant depuis pendant ce cet cette ces ca cela
  ceci il elle ils elles on je j' tu nous vous me m' te t' se s' lui leur leurs mon ma mes ton ta
  tes son sa ses notre nos votre vos y ne n' pas plus tres trop bien mal tout toute tous toutes
  est etait sont ont avait fut sera etre avoir fait si oui non ici la-bas aussi encore toujours
  jamais rien personne chacun chaque
  merci bravo bonjour bonsoir salut excellent excellente super parfait parfaite top nul nulle
  bon bonne bons bonnes accueil service services equipe equipes hopital clinique urgences
  personnel soignant soignants soignante direction directeur directrice directeurs president
  presidente maire cadre cadres chef medecin medecins responsable ministre mediatrice mediateur
  traitant traitante garde urgentiste famille patient patiente referent referente coordinatrice
  coordinateur the an and or of to for with was is were are has had have be been very so i we
  you he she they it my our your his her their please hi who at on in from not no yes
  `),
]);

const isCapitalised = (t: Token): boolean => t.kind === 'word' && /^\p{Lu}/u.test(t.text);
const isLowerWord = (t: Token): boolean => t.kind === 'word' && !/\p{Lu}/u.test(t.text);

/** A capitalised word that can be (part of) a surname. */
function isNameWord(t: Token | undefined): boolean {
  if (!t || !isCapitalised(t)) return false;
  if (NOT_NAMES.has(t.n) && !(t.n.length <= 3 && t.n !== t.lower)) return false;
  return !(t.text.length === 1 && /^[AIY]$/.test(t.text));
}

/** A known first name (or a hyphenated combination of known first names). */
function isFirstName(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const known = FIRST_NAMES.has(t.n) || t.n.split('-').every((p) => FIRST_NAMES.has(p));
  if (!known) return false;
  if (isCapitalised(t)) return true;
  return isLowerWord(t) && !AMBIGUOUS_LOWER.has(t.n);
}

/** Are tokens i and i+1 separated only by spaces? */
function glued(text: string, tokens: Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a || !b) return false;
  const gap = text.slice(a.end, b.start);
  return gap.length <= 3 && /^[ \t\u00a0\u202f]*$/.test(gap);
}

interface NameMatch {
  start: number;
  end: number;
  /** index of the first token after the name */
  next: number;
}

/**
 * Parse a surname (optionally "Prénom Nom", with particles and initials) starting at token i.
 * `firstWord` decides whether the first (non-particle) word qualifies.
 */
function parseName(
  text: string,
  tokens: Token[],
  i: number,
  firstWord: (t: Token | undefined) => boolean,
): NameMatch | null {
  let result: NameMatch | null = null;
  let k = i;
  for (let part = 0; part < 2; part++) {
    if (part > 0 && !glued(text, tokens, k - 1)) break;
    let j = k;
    // particles
    let particles = 0;
    while (particles < 2) {
      const t = tokens[j];
      if (!t || t.kind !== 'word') break;
      const isParticle =
        PARTICLES_ANY_CASE.has(t.lower) || (PARTICLES_CAPITALISED.has(t.lower) && isCapitalised(t));
      if (!isParticle) break;
      if (!t.text.endsWith("'") && !t.text.endsWith('’') && !glued(text, tokens, j)) break;
      j++;
      particles++;
    }
    const w = tokens[j];
    // initial: "J. Roche"
    if (
      w &&
      w.kind === 'word' &&
      /^\p{Lu}$/u.test(w.text) &&
      tokens[j + 1]?.text === '.' &&
      tokens[j + 2] &&
      isNameWord(tokens[j + 2]) &&
      /^ {1,2}$/.test(text.slice(tokens[j + 1]!.end, tokens[j + 2]!.start))
    ) {
      result = { start: tokens[i]!.start, end: tokens[j + 2]!.end, next: j + 3 };
      k = j + 3;
      continue;
    }
    const ok = part === 0 ? firstWord(w) : isNameWord(w);
    if (!ok) break;
    result = { start: tokens[i]!.start, end: w!.end, next: j + 1 };
    k = j + 1;
  }
  return result;
}

/** Index of the token after a title at i (skipping its dot), or -1 if tokens[i] is no title. */
function titleEnd(tokens: Token[], i: number): number {
  const t = tokens[i]!;
  if (t.kind !== 'word') return -1;
  if (t.text === 'M') return tokens[i + 1]?.text === '.' ? i + 2 : -1;
  if (!TITLES.has(t.n)) return -1;
  if (TITLE_ABBREVIATIONS.has(t.n) && tokens[i + 1]?.text === '.') return i + 2;
  return i + 1;
}

function isStaff(t: Token): boolean {
  if (t.kind !== 'word') return false;
  return STAFF.has(t.n) || STAFF_UPPER.has(t.text);
}

export function findNames(text: string, masked: ReadonlyArray<[number, number]>): RedactionSpan[] {
  const tokens = tokenise(text, masked);
  const spans: RedactionSpan[] = [];
  const add = (m: NameMatch) => spans.push({ type: 'NOM', start: m.start, end: m.end });

  /** After a name at `m`, collect "et X", "and X", ", X" continuations accepted by `accept`. */
  const continuation = (
    m: NameMatch,
    accept: (t: Token | undefined) => boolean,
    commas: boolean,
  ) => {
    let next = m.next;
    for (let guard = 0; guard < 10; guard++) {
      let j = next;
      const c = tokens[j];
      if (!c) return;
      if (c.n === 'et' || c.n === 'and' || c.n === '&' || (commas && c.n === ',')) j++;
      else return;
      if (tokens[j]?.n === 'a' || tokens[j]?.n === 'au') j++;
      const title = tokens[j] ? titleEnd(tokens, j) : -1;
      if (title >= 0) return; // handled by the title rule
      const nm = parseName(text, tokens, j, accept);
      if (!nm) return;
      add(nm);
      next = nm.next;
    }
  };

  let thanks = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (SENTENCE_END.has(t.n)) {
      // "Dr." / "M." do not end a sentence
      const prev = tokens[i - 1];
      const abbrev =
        t.n === '.' &&
        prev &&
        prev.kind === 'word' &&
        (TITLE_ABBREVIATIONS.has(prev.n) || /^\p{Lu}$/u.test(prev.text));
      if (!abbrev) thanks = false;
      continue;
    }
    if (t.kind !== 'word') continue;

    // 1. title + surname: "Dr Martin", "Madame Claire Dubois", "M. Bernard"
    const te = titleEnd(tokens, i);
    if (te >= 0) {
      if (te === i + 1 && !glued(text, tokens, i)) continue;
      if (te === i + 2 && !/^ {0,2}$/.test(text.slice(tokens[i + 1]!.end, tokens[te]?.start ?? 0)))
        continue;
      const m = parseName(text, tokens, te, isNameWord);
      if (m) {
        add(m);
        continuation(m, isNameWord, false);
        i = m.next - 1;
      }
      continue;
    }

    // 2. staff noun + name: "l'infirmière Julie", "nurse Sarah", "le kiné Thomas"
    if (isStaff(t)) {
      if (!glued(text, tokens, i)) continue;
      // "l'infirmière (Julie je crois)"
      const first = tokens[i + 1]?.text === '(' ? i + 2 : i + 1;
      if (first === i + 2 && tokens[i + 2]?.start !== tokens[i + 1]!.end) continue;
      const m = parseName(text, tokens, first, (w) => isNameWord(w) || isFirstName(w));
      if (m) {
        add(m);
        continuation(m, isFirstName, true);
        i = m.next - 1;
      }
      continue;
    }

    // 3. thanks / greeting context + known first name: "merci à Julie", "thanks to Emma",
    //    "grâce à Maxime"
    const next = tokens[i + 1];
    if (THANKS.has(t.n) || (t.n === 'grace' && next && (next.n === 'a' || next.n === 'au'))) {
      thanks = true;
      continue;
    }
    if (!isFirstName(t)) continue;
    const prev = tokens[i - 1];
    if (thanks && prev && (CONNECTORS.has(prev.n) || prev.kind === 'masked')) {
      const m = parseName(text, tokens, i, isFirstName);
      if (m) {
        add(m);
        i = m.next - 1;
      }
      continue;
    }
    // 4. first name in apposition to a staff noun: "Julie, l'infirmière de nuit, …"
    if (isCapitalised(t) && next?.n === ',') {
      let j = i + 2;
      if (tokens[j] && DETERMINERS.has(tokens[j]!.n)) j++;
      if (tokens[j] && isStaff(tokens[j]!)) add({ start: t.start, end: t.end, next: i + 1 });
    }
  }
  return spans;
}
