#!/usr/bin/env python3
"""Turn an annotator's draft (spans written as the text they cover) into a gold file (offsets only), and back.

usage:
  anchor.py text   ZIP URL                  print the article body exactly as Marsad reads it (CRLF -> LF)
  anchor.py gold   DRAFT.json [-o GOLD]     check the draft against its article and write the gold file
  anchor.py draft  GOLD.json                print the draft of a gold file (spans as text again), for editing
  anchor.py full   GOLD.json                print the gold file with every span's text filled in (for score.py)

The article is found by its record (zip file name and URL) in ../shared/data/news/saudinewsnet/dataset
(or $MARSAD_NEWS). Drafts hold text from a CC BY-NC-SA corpus, so they stay outside the repository; only gold
files (offsets, ids, our own notes) are committed. Conventions: docs/annotation.md.

How a span is written in a draft:
  "روسيا"        a name mention: every whole-word occurrence (a leading proclitic و ف ب ل ك وب ول فب كال… is left
                 outside the span); any other span: the only occurrence (an error when there are several)
  "روسيا@2"      the second occurrence (of whole words for mentions, of the plain string otherwise)
  "روسيا@2,4"    the second and fourth (mentions only)
A name mention inside a longer mention of another entity is dropped (a name inside a longer name is not a mention).
Spans are matched exactly; when that fails, again with diacritics, tatweel and runs of spaces ignored.
"""
import hashlib, json, os, re, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
NEWS = os.environ.get('MARSAD_NEWS') or os.path.normpath(os.path.join(HERE, '../../../shared/data/news/saudinewsnet/dataset'))
DIAC = re.compile('[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]')
# letters and digits, Arabic ones included, but not Arabic punctuation (، ؛ ؟ ٪ ۔), which ends a word as a comma does
LETTER = re.compile(r'(?![\u060c\u060d\u061b\u061e\u061f\u066a-\u066d\u06d4])[\w\u0600-\u06ff]')
PROCLITIC = re.compile('^(و|ف)?(ب|ل|ك)?(ال)?$|^(و|ف)?لل$')
SPAN_LISTS = ('quotes', 'times', 'quantities', 'references')


class DraftError(Exception):
    pass


def article(zip_name, url):
    with zipfile.ZipFile(os.path.join(NEWS, zip_name)) as zf:
        for name in zf.namelist():
            for r in json.load(zf.open(name)):
                if r.get('url') == url:
                    return r, (r.get('content') or '').replace('\r\n', '\n')
    raise DraftError(f'{zip_name}: no record with url {url}')


def text_hash(text):
    return hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]


def folded(text):
    """The text without diacritics/tatweel and with space runs as one space, and the map back to offsets."""
    out, where = [], []
    for i, c in enumerate(text):
        if DIAC.match(c): continue
        if c.isspace():
            if out and out[-1] == ' ': continue
            c = ' '
        out.append(c); where.append(i)
    return ''.join(out), where


def occurrences(text, needle):
    spans, i = [], text.find(needle)
    while i >= 0:
        spans.append((i, i + len(needle))); i = text.find(needle, i + 1)
    if spans: return spans
    ft, where = folded(text)
    fn, _ = folded(needle)
    fn = fn.strip()
    if not fn: return []
    j = ft.find(fn)
    while j >= 0:
        s, e = where[j], where[j + len(fn) - 1] + 1
        spans.append((s, e)); j = ft.find(fn, j + 1)
    return spans


def extend_over_marks(text, end):
    while end < len(text) and DIAC.match(text[end]): end += 1
    return end


def word_occurrences(text, needle):
    """Occurrences that are whole words, allowing proclitics before them (left out of the span)."""
    spans = []
    for s, e in occurrences(text, needle):
        if e < len(text) and LETTER.match(text[e]) and not DIAC.match(text[e]): continue
        k = s
        while k > 0 and LETTER.match(text[k - 1]): k -= 1
        if k < s and not PROCLITIC.match(DIAC.sub('', text[k:s])): continue
        spans.append((s, extend_over_marks(text, e)))
    return spans


def parse_ref(ref):
    m = re.match(r'^(.*?)@(\d+(?:,\d+)*|\*)$', ref, re.S)
    if not m: return ref, None
    return m.group(1), (None if m.group(2) == '*' else [int(x) for x in m.group(2).split(',')])


def resolve(text, ref, what, mention=False, within=None):
    needle, picks = parse_ref(ref)
    if not needle.strip(): raise DraftError(f'{what}: empty span')
    found = word_occurrences(text, needle) if mention else occurrences(text, needle)
    if within is not None:
        inside = [sp for sp in found if sp[0] >= within[0] and sp[1] <= within[1]]
        if inside and picks is None: found = inside
    if not found: raise DraftError(f'{what}: «{needle}» is not in the text')
    if picks is None:
        if mention or ref.endswith('@*'): return found
        if len(found) > 1: raise DraftError(f'{what}: «{needle}» occurs {len(found)} times; write «{needle}@k»')
        return found
    bad = [k for k in picks if k < 1 or k > len(found)]
    if bad: raise DraftError(f'{what}: «{needle}» occurs {len(found)} times, not {bad[0]}')
    return [found[k - 1] for k in picks]


def one(text, ref, what, within=None):
    spans = resolve(text, ref, what, within=within)
    if len(spans) != 1: raise DraftError(f'{what}: «{ref}» must name one span')
    return {'start': spans[0][0], 'end': spans[0][1]}


def to_gold(draft):
    rec = draft['record']
    raw, text = article(rec['zip'], rec['url'])
    errors = []
    def attempt(f, *a, **k):
        try: return f(*a, **k)
        except DraftError as e: errors.append(str(e)); return None

    gold = {'doc': draft.get('doc') or doc_id(rec['zip'], rec['url']), 'record': {'zip': rec['zip'], 'url': rec['url']},
            'textHash': text_hash(text), 'published': draft.get('published') or (raw.get('date_extracted') or '')[:10] or None,
            'source': draft.get('source') or {}, 'sections': [], 'entities': {}, 'references': [], 'quotes': [],
            'times': [], 'quantities': [], 'events': []}
    for s in draft.get('sections', []):
        sp = attempt(one, text, s, 'section')
        if sp: gold['sections'].append(sp)
    owner = {}
    for key, e in draft.get('entities', {}).items():
        if e.get('type') not in ('PER', 'ORG', 'GPE', 'LOC', 'FAC', 'MISC'): errors.append(f'entity {key}: type {e.get("type")!r}')
        if not e.get('names'): errors.append(f'entity {key}: no names')
        spans = []
        for m in e.get('mentions', []):
            spans += attempt(resolve, text, m, f'entity {key}', mention=True) or []
        for sp in spans:
            if sp in owner and owner[sp] != key: errors.append(f'entity {key}: «{text[sp[0]:sp[1]]}» at {sp[0]} is also a mention of {owner[sp]}')
            owner[sp] = key
        gold['entities'][key] = {'type': e.get('type'), 'names': e.get('names', []), 'mentions': sorted(set(spans)),
                                 'optional': bool(e.get('optional', False))}
    # a name inside a longer name of another entity is not a mention
    all_spans = sorted(owner)
    for key, e in gold['entities'].items():
        kept = [sp for sp in e['mentions'] if not any(o != sp and o[0] <= sp[0] and sp[1] <= o[1] and owner[o] != key for o in all_spans)]
        e['mentions'] = [{'start': s, 'end': t} for s, t in kept]
        if not kept:
            # an entity only referred to (المملكة, الوزارة) can still be an event's actor; it has no name to score
            if any(r.get('entity') == key for r in draft.get('references', [])): e['optional'] = True
            else: errors.append(f'entity {key}: no mention and no reference (a name inside a longer name of another entity is not a mention)')
    keys = set(gold['entities'])
    for r in draft.get('references', []):
        if r.get('entity') not in keys: errors.append(f'reference «{r.get("text")}»: unknown entity {r.get("entity")!r}')
        for s, t in attempt(resolve, text, r['text'], 'reference') or []:
            gold['references'].append({'entity': r.get('entity'), 'start': s, 'end': t})
    for q in draft.get('quotes', []):
        if q.get('speaker') is not None and q['speaker'] not in keys: errors.append(f'quote «{q["text"][:30]}»: unknown speaker {q["speaker"]!r}')
        if q.get('kind') not in ('direct', 'indirect', 'mixed', 'headline'): errors.append(f'quote «{q["text"][:30]}»: kind {q.get("kind")!r}')
        sp = attempt(one, text, q['text'], 'quote')
        if sp: gold['quotes'].append({**sp, 'speaker': q.get('speaker'), 'kind': q.get('kind'), 'optional': bool(q.get('optional', False))})
    for t in draft.get('times', []):
        if t.get('type') not in ('DATE', 'TIME', 'DURATION', 'SET'): errors.append(f'time «{t["text"]}»: type {t.get("type")!r}')
        for s, e in attempt(resolve, text, t['text'], 'time') or []:
            item = {'start': s, 'end': e, 'type': t.get('type'), 'value': t.get('value'), 'optional': bool(t.get('optional', False))}
            if 'valueWithoutPublicationDate' in t: item['valueWithoutPublicationDate'] = t['valueWithoutPublicationDate']
            gold['times'].append(item)
    for n in draft.get('quantities', []):
        try: float(n.get('value'))
        except (TypeError, ValueError): errors.append(f'quantity «{n["text"]}»: value {n.get("value")!r} is not a number')
        for s, e in attempt(resolve, text, n['text'], 'quantity') or []:
            gold['quantities'].append({'start': s, 'end': e, 'value': n.get('value'), 'unit': n.get('unit'), 'approx': n.get('approx'),
                                       'of': n.get('of'), 'optional': bool(n.get('optional', False))})
    plover = {'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
              'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'}
    for ev in draft.get('events', []):
        what = f'event {ev.get("type")} «{str(ev.get("evidence"))[:30]}»'
        if ev.get('type') not in plover: errors.append(f'{what}: type not PLOVER')
        for slot in ev.get('actor', []) + ev.get('recipient', []):
            if not isinstance(slot, list) or not slot or any(k not in keys for k in slot):
                errors.append(f'{what}: slot {slot!r} must be a list of entity keys')
        if ev.get('aux') not in (None, 'negated', 'hypothetical', 'future', 'historical', 'intended'):
            errors.append(f'{what}: aux {ev.get("aux")!r}')
        evid = attempt(one, text, ev.get('evidence') or '', what)
        if not evid: continue
        item = {'type': ev.get('type'), 'actor': ev.get('actor', []), 'recipient': ev.get('recipient', []), 'evidence': evid}
        if ev.get('trigger'):
            trig = attempt(one, text, ev['trigger'], what + ' trigger', within=(evid['start'], evid['end']))
            if trig:
                if not (evid['start'] <= trig['start'] and trig['end'] <= evid['end']): errors.append(f'{what}: trigger outside the evidence')
                item['trigger'] = trig
        else: errors.append(f'{what}: no trigger')
        for k in ('mode', 'context', 'place', 'aux', 'cameo', 'note'):
            if ev.get(k) is not None: item[k] = ev[k]
        item['optional'] = bool(ev.get('optional', False))
        gold['events'].append(item)
    for key in ('publisher', 'origin'):
        p = gold['source'].get(key)
        if not p or not p.get('ar') or not isinstance(p.get('names'), list): errors.append(f'source.{key}: needs "ar" and "names"')
    if errors: raise DraftError('\n'.join(errors))
    return gold


def doc_id(zip_name, url):
    return zip_name.replace('.zip', '') + '_' + hashlib.sha1(url.encode('utf-8')).hexdigest()[:10]


def texted(gold, text):
    """The gold with every span's text filled in: the form score.py reads."""
    def fill(sp): return {**sp, 'text': text[sp['start']:sp['end']]}
    full = json.loads(json.dumps(gold))
    full['sections'] = [fill(s) for s in gold['sections']]
    for e in full['entities'].values(): e['mentions'] = [fill(m) for m in e['mentions']]
    for k in SPAN_LISTS: full[k] = [fill(x) for x in gold[k]]
    return full


def to_draft(gold, text):
    def ref(sp, mention=False):
        s = text[sp['start']:sp['end']]
        needle = DIAC.sub('', s) if mention and DIAC.sub('', s) != s and word_occurrences(text, DIAC.sub('', s)) else s
        found = word_occurrences(text, needle) if mention else occurrences(text, needle)
        found = [(a, b) for a, b in found]
        k = next((i + 1 for i, (a, b) in enumerate(found) if a == sp['start']), None)
        return needle if len(found) == 1 else f'{needle}@{k}'
    d = {'record': gold['record'], 'published': gold.get('published'), 'source': gold.get('source'),
         'sections': [ref(s) for s in gold['sections']], 'entities': {}, 'references': [], 'quotes': [], 'times': [],
         'quantities': [], 'events': []}
    for key, e in gold['entities'].items():
        d['entities'][key] = {'type': e['type'], 'names': e['names'], 'mentions': [ref(m, True) for m in e['mentions']], 'optional': e['optional']}
    d['references'] = [{'entity': r['entity'], 'text': ref(r)} for r in gold['references']]
    d['quotes'] = [{'text': ref(q), 'kind': q['kind'], 'speaker': q['speaker'], 'optional': q['optional']} for q in gold['quotes']]
    d['times'] = [{**{k: v for k, v in t.items() if k not in ('start', 'end')}, 'text': ref(t)} for t in gold['times']]
    d['quantities'] = [{**{k: v for k, v in n.items() if k not in ('start', 'end')}, 'text': ref(n)} for n in gold['quantities']]
    for ev in gold['events']:
        x = {k: v for k, v in ev.items() if k not in ('evidence', 'trigger')}
        x['evidence'] = ref(ev['evidence'])
        if 'trigger' in ev: x['trigger'] = text[ev['trigger']['start']:ev['trigger']['end']]
        d['events'].append(x)
    return d


def main(argv):
    if len(argv) < 2: print(__doc__); return 2
    cmd = argv[0]
    try:
        if cmd == 'text':
            sys.stdout.write(article(argv[1], argv[2])[1]); return 0
        if cmd == 'gold':
            draft = json.load(open(argv[1], encoding='utf-8'))
            gold = to_gold(draft)
            out = argv[argv.index('-o') + 1] if '-o' in argv else None
            s = json.dumps(gold, ensure_ascii=False, indent=1)
            if out:
                with open(out, 'w', encoding='utf-8') as f: f.write(s + '\n')
            else: print(s)
            n = lambda k: len(gold[k])
            print(f"ok: {len(gold['entities'])} entities ({sum(len(e['mentions']) for e in gold['entities'].values())} mentions), "
                  f"{n('references')} references, {n('quotes')} quotes, {n('times')} times, {n('quantities')} quantities, "
                  f"{n('events')} events, {n('sections')} sections", file=sys.stderr)
            return 0
        gold = json.load(open(argv[1], encoding='utf-8'))
        raw, text = article(gold['record']['zip'], gold['record']['url'])
        if text_hash(text) != gold.get('textHash'): print(f'{argv[1]}: the article text has changed', file=sys.stderr); return 1
        print(json.dumps(texted(gold, text) if cmd == 'full' else to_draft(gold, text), ensure_ascii=False, indent=1))
        return 0
    except DraftError as e:
        print(str(e), file=sys.stderr); return 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
