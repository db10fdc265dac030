#!/usr/bin/env python3
"""Groups the entity layer's errors on an annotated split by cause, from `marsad eval analysis --errors`.

usage: marsad eval analysis --gold eval/news/dev --errors > errors.txt
       python3 eval/tools/entity-error-causes.py errors.txt eval/news/dev

Causes: a wrong canonical name is a wrong knowledge-base candidate (a Latin name was chosen) or no candidate (the
article's Arabic form stands as a local entity); a gold entity with no mention found at all belongs to mention
finding; a missed reference is a role phrase (its first word a role noun), a description of an entity never found,
or a description not resolved; a missed one-word person mention of a person found elsewhere is a surname not
attached.
"""
import json, re, sys, collections, pathlib

ROLE = set("رئيس وزير أمير ولي خادم نائب مدير مديرعام الناطق المتحدث أمين وكيل حارس مدافع لاعب مدرب سفير قائد محافظ "
           "رئيسة وزيرة مستشار مساعد عضو الأمين الرئيس الوزير الأمير الملك ملك الشيخ المدير الدكتور النائب القائد "
           "السفير المحافظ الوكيل المستشار المدرب اللاعب الحارس المدافع الجندي الطالب الباحث خبير المتخصص".split())

def first_word(text):
    w = text.split()[0] if text.split() else ""
    return re.sub(r"^[وف]", "", w) if w[:1] in "وف" and w[1:] in ROLE else w

def main(errors_path, gold_dir):
    section = None
    missed_entities, wrong = set(), []
    refs, mentions = [], []
    for line in open(errors_path, encoding="utf-8"):
        if line.startswith("## "):
            section = line.split()[1]; continue
        parts = line.rstrip("\n").split()
        if not parts: continue
        if section == "entities" and parts[0] == "missed":
            missed_entities.add((parts[1], parts[2]))
        elif section == "entities" and parts[0] == "wrong":
            m = re.search(r"(\S+): «(.*?)», expected", line)
            wrong.append((parts[2], m.group(1), m.group(2)))
        elif section == "references" and parts[0] == "missed":
            m = re.search(r"«(.*?)»\s+(\S+)\s*$", line)
            refs.append((parts[1], m.group(1), m.group(2)))
        elif section == "mentions" and parts[0] == "missed":
            m = re.search(r"«(.*?)»\s+(\S+)\s+(\S+)\s*$", line)
            if m: mentions.append((parts[1], m.group(1), m.group(2), m.group(3)))
    causes = collections.Counter()
    for doc, key, name in wrong:
        causes["canonical: wrong candidate chosen" if re.search(r"[A-Za-z]", name) else "canonical: no candidate in the KB"] += 1
    for doc, key in missed_entities:
        causes["canonical: entity's mentions not found"] += 1
    for doc, text, key in refs:
        if (doc, key) in missed_entities: causes["reference: its entity not found"] += 1
        elif first_word(text) in ROLE: causes["reference: role phrase"] += 1
        else: causes["reference: description not resolved"] += 1
    for doc, text, typ, key in mentions:
        if typ != "PER" or len(text.split()) != 1 or (doc, key) in missed_entities: continue
        gold = json.load(open(pathlib.Path(gold_dir) / doc, encoding="utf-8"))
        names = gold["entities"].get(key, {}).get("names", [])
        if any(len(n.split()) > 1 and text in n for n in names):
            causes["mention: surname or given name alone not attached"] += 1
    for cause, n in sorted(causes.items()):
        print(f"{n:5d}  {cause}")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
