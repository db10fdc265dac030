#!/usr/bin/env python3
"""Draw the everyday-news evaluation sample from SaudiNewsNet, reproducibly.

usage: sample.py [--data ../shared/data/news/saudinewsnet/dataset] [--seed 20261206] > eval/news/sample.tsv

Strata: outlet (every outlet of the corpus) x kind of news (a keyword vote over the title and lead:
conflict, diplomacy, economy, local, security and courts, sports, culture, other) x length (short < 800
characters, medium < 2,500, long < 8,000; longer articles are left out as too long to annotate by hand).
Each outlet gives five articles; kinds are taken round-robin so that every kind is covered across outlets,
lengths follow the quota 1 short, 2 medium, 2 long, and within a stratum the article is drawn at random.
Every third article of the whole list (outlets in name order, draw order within) goes to the test split, the
rest to dev: 20 test and 40 dev articles.
A second draw (--extra N, 36 by default) adds N dev articles from the kinds dense in events and quotes (conflict,
diplomacy, security and courts, economy; medium and long), outlets taken round-robin, so that the corpus holds
enough events, quotes and figures to measure them.
A later draw (--extra-only) prints only such extra rows, without header and without the first draw: --exclude TSV leaves
out every article already in a sample file (both splits, by URL), --kinds the kinds to rotate over, --length medium
keeps medium articles only (for hand annotation in limited time). The third draw (lines 96-137 of sample.tsv; the
first 95 lines are the sample before it):
  sample.py --seed 20261207 --extra-only --exclude <(head -95 eval/news/sample.tsv) --extra 42 --length medium \
            --kinds conflict,diplomacy,security,economy,local,other
The fourth draw (the last 20 rows; the first 137 lines are the sample before it) went to the test split, every outlet
and every kind, long and medium in turn:
  sample.py --seed 20261208 --extra-only --exclude <(head -137 eval/news/sample.tsv) --extra 20 --split test \
            --kinds conflict,diplomacy,economy,local,security,sports,culture,other
Output: split, zip, url, outlet, kind, length, title."""
import argparse, glob, json, os, random, re, zipfile

KINDS = {
    'conflict': 'قتل مقتل هجوم غارة غارات الحوثي الحوثيين داعش قصف المسلحين قوات التحالف اشتباكات انفجار تفجير سوريا اليمن العراق ليبيا الاحتلال',
    'diplomacy': 'وزير الخارجية استقبل زيارة مباحثات المباحثات بحث اتصالا الاتفاق النووي السفير قمة العلاقات الثنائية مجلس الأمن الأمم المتحدة',
    'economy': 'النفط أسعار الأسهم السوق مؤشر ريال مليار الاقتصاد الاستثمار البنك الشركة أرباح التضخم برميل الميزانية',
    'local': 'أمانة بلدية المحافظ أمير منطقة المواطنين مشروع المشاريع الطرق الصحة المستشفى التعليم المدارس الجامعة',
    'security': 'المحكمة القبض الشرطة النيابة الأمن العام المتهم السجن الحكم جريمة ضبط المخدرات الإرهاب خلية',
    'sports': 'الدوري مباراة المنتخب النادي لاعب اللاعب الهلال النصر الاتحاد الأهلي المدرب بطولة كأس هدف',
    'culture': 'مهرجان معرض الثقافة ثقافي فيلم كتاب الشعر المسرح الفنان الفنية الأدبي رواية سوق عكاظ',
}
KIND_WORDS = {k: set(v.split()) for k, v in KINDS.items()}
WORD = re.compile(r'[\u0621-\u064A]+')

def kind_of(title, content):
    words = WORD.findall(title + ' ' + title + ' ' + content[:600])
    votes = {k: sum(w in ws or (w[:1] in 'وبل' and w[1:] in ws) for w in words) for k, ws in KIND_WORDS.items()}
    best = max(votes, key=votes.get)
    return best if votes[best] >= 2 else 'other'

def length_of(n):
    return 'short' if n < 800 else 'medium' if n < 2500 else 'long' if n < 8000 else None

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', default=os.path.join(os.path.dirname(__file__), '../../../shared/data/news/saudinewsnet/dataset'))
    ap.add_argument('--seed', type=int, default=20261206)
    ap.add_argument('--per-outlet', type=int, default=5)
    ap.add_argument('--extra', type=int, default=36)
    ap.add_argument('--extra-only', action='store_true', help='print only the extra draw (no header, no first draw)')
    ap.add_argument('--exclude', help='a sample TSV whose articles (URL column) are never drawn again')
    ap.add_argument('--kinds', default='conflict,diplomacy,security,economy', help='kinds of the extra draw, rotated')
    ap.add_argument('--length', choices=['alternate', 'medium'], default='alternate', help='extra draw: long and medium in turn, or medium only')
    ap.add_argument('--split', choices=['dev', 'test'], default='dev', help='the split the extra draw goes to')
    a = ap.parse_args()
    rng = random.Random(a.seed)
    strata = {}
    seen_bodies = set()
    for z in sorted(glob.glob(os.path.join(a.data, '*.zip'))):
        with zipfile.ZipFile(z) as zf:
            for name in sorted(zf.namelist()):
                for r in json.load(zf.open(name)):
                    body = r.get('content') or ''
                    ln = length_of(len(body))
                    if ln is None or len(body.strip()) < 200 or body in seen_bodies: continue
                    seen_bodies.add(body)
                    key = (r['source'], kind_of(r.get('title') or '', body), ln)
                    strata.setdefault(key, []).append((os.path.basename(z), r['url'], r.get('title') or ''))
    outlets = sorted({k[0] for k in strata})
    kinds = list(KINDS) + ['other']
    lengths = ['short', 'medium', 'medium', 'long', 'long']
    kind_turn = 0
    rows = []
    for outlet in ([] if a.extra_only else outlets):
        picked = []
        for slot in range(a.per_outlet):
            want_len = lengths[slot % len(lengths)]
            for attempt in range(len(kinds) * 3):
                kind = kinds[(kind_turn + attempt) % len(kinds)]
                for ln in [want_len, 'long', 'medium', 'short']:
                    pool = [x for x in strata.get((outlet, kind, ln), []) if x[1] not in {p[1] for p in picked}]
                    if pool: break
                if pool:
                    choice = rng.choice(pool)
                    picked.append((choice[0], choice[1], outlet, kind, ln, choice[2]))
                    kind_turn += attempt + 1
                    break
        for p in picked:
            rows.append(('test' if len(rows) % 3 == 1 else 'dev',) + p)
    taken = {r[2] for r in rows}
    if a.exclude:
        with open(a.exclude, encoding='utf-8') as f:
            taken |= {line.split('\t')[2] for line in f.read().splitlines()[1:] if line.strip()}
    first = len(rows)
    dense = a.kinds.split(',')
    for i in range(a.extra):
        outlet = outlets[i % len(outlets)]
        for k in range(len(dense)):
            kind = dense[(i // len(outlets) + i + k) % len(dense)]
            ln = 'long' if i % 2 == 0 and a.length == 'alternate' else 'medium'
            other = [] if a.length == 'medium' else strata.get((outlet, kind, 'long' if ln == 'medium' else 'medium'), [])
            pool = [x for x in strata.get((outlet, kind, ln), []) + other if x[1] not in taken]
            if pool:
                choice = rng.choice(pool)
                taken.add(choice[1])
                rows.append((a.split, choice[0], choice[1], outlet, kind, ln, choice[2]))
                break
    if a.extra_only: rows = rows[first:]
    else: print('split\tzip\turl\toutlet\tkind\tlength\ttitle')
    for r in rows:
        print('\t'.join(x.replace('\t', ' ') for x in r))

if __name__ == '__main__':
    main()
