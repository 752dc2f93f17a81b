#!/usr/bin/env python3
"""Translation work lists for the Qt Linguist .ts files.

  tools/ts-todo.py extract translations/odag-admin_de.ts > todo.json
      lists the unfinished messages: [{"context", "source", "comment", "numerus"}]
  tools/ts-todo.py apply translations/odag-admin_de.ts done.json
      writes the translations of done.json (each entry as extracted plus
      "translation": "text" or, for numerus messages, ["form1", "form2", ...])
      and marks them finished.
  tools/ts-todo.py check translations/*.ts
      exits 1 when a file has unfinished, empty or obsolete messages (in the
      English file only the plural messages count: the source is English).
  tools/ts-todo.py english-plurals translations/odag-admin_en.ts
      fills the English plural forms from the sources' "(s)" ("%n link(s)" ->
      "%n link", "%n links"). Read the singulars afterwards: "them" may need
      to become "it".

The English file holds plural messages only (lupdate -pluralonly, run by the
update_translations target). tests/i18n/check_translations.py is the full check
CTest runs (tst_translations).

After `apply`, run the update_translations target to normalise the file.
"""
import json
import sys
import xml.etree.ElementTree as ET


def messages(root):
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def key(context, msg_or_entry):
    if isinstance(msg_or_entry, dict):
        return (context, msg_or_entry["source"], msg_or_entry.get("comment") or "")
    return (context, msg_or_entry.findtext("source"), msg_or_entry.findtext("comment") or "")


def unfinished(msg):
    t = msg.find("translation")
    if t is None or t.get("type") in ("unfinished",):
        return True
    if msg.get("numerus") == "yes":
        return any(not (f.text or "").strip() for f in t.iter("numerusform")) or not list(t.iter("numerusform"))
    return not (t.text or "").strip()


def extract(path):
    root = ET.parse(path).getroot()
    out = []
    for context, msg in messages(root):
        t = msg.find("translation")
        if t is not None and t.get("type") in ("obsolete", "vanished"):
            continue
        if unfinished(msg):
            out.append({"context": context, "source": msg.findtext("source"),
                        "comment": msg.findtext("comment") or "",
                        "numerus": msg.get("numerus") == "yes"})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def apply(path, done_path):
    tree = ET.parse(path)
    root = tree.getroot()
    done = {}
    for e in json.load(open(done_path, encoding="utf-8")):
        if e.get("translation") in (None, "", []):
            continue
        done[key(e["context"], e)] = e["translation"]
    applied = 0
    for context, msg in messages(root):
        k = key(context, msg)
        if k not in done:
            continue
        t = msg.find("translation")
        if t is None:
            t = ET.SubElement(msg, "translation")
        for child in list(t):
            t.remove(child)
        t.attrib.pop("type", None)
        value = done[k]
        if msg.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            t.text = None
            for f in forms:
                ET.SubElement(t, "numerusform").text = f
        else:
            t.text = value if isinstance(value, str) else value[0]
        applied += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # ElementTree drops the DOCTYPE; Linguist wants it.
    text = open(path, encoding="utf-8").read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        open(path, "w", encoding="utf-8").write(text)
    print(f"{path}: {applied} translations applied", file=sys.stderr)


def english_plurals(path):
    tree = ET.parse(path)
    done = []
    for context, msg in messages(tree.getroot()):
        if msg.get("numerus") == "yes":
            src = msg.findtext("source")
            done.append({"context": context, "source": src, "comment": msg.findtext("comment") or "",
                         "translation": [src.replace("(s)", ""), src.replace("(s)", "s")]})
    tmp = path + ".plurals.json"
    json.dump(done, open(tmp, "w", encoding="utf-8"), ensure_ascii=False)
    apply(path, tmp)
    import os
    os.remove(tmp)


def check(paths):
    bad = 0
    for path in paths:
        root = ET.parse(path).getroot()
        english = path.endswith("_en.ts")
        for context, msg in messages(root):
            if english and msg.get("numerus") != "yes":
                continue
            t = msg.find("translation")
            if t is not None and t.get("type") in ("obsolete", "vanished"):
                print(f"{path}: obsolete: {context}: {msg.findtext('source')!r}")
                bad += 1
            elif unfinished(msg):
                print(f"{path}: unfinished: {context}: {msg.findtext('source')!r}")
                bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "extract":
        extract(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "apply":
        apply(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "english-plurals":
        english_plurals(sys.argv[2])
    elif len(sys.argv) >= 3 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2:]))
    else:
        print(__doc__)
        sys.exit(2)
