#!/usr/bin/env python3
"""
Builds Triangulate's development corpus of real reports from local snapshots of public datasets into a
git-ignored folder. The texts are third-party news for research use: they are never committed. What the
project commits is samples/corpus/manifest.tsv (ids, incidents, split, SHA-256 of each text) and the labels.

    python3 scripts/build_corpus.py [--mirror /work/.mirror] [--shared ../shared] [--out corpus]
                                    [--manifest samples/corpus/manifest.tsv] [--write-manifest]

Sources (each a snapshot brought by the search tool's `fetch`, a bare git directory under --mirror):
  gva  cltl/LongTailQATask          Gun Violence Archive articles, one folder per incident; incident records
  muc  xinyadu/grit_doc_event_entity MUC-3/4 wire and radio messages with answer-key templates
  ecb  tommasoc80/EventStoryLine    ECB+ topics about violence; each topic holds two incidents
  wiki raspberryice/gen-arg         WikiEvents dev and test documents
  frweb French web reports (the search tool's stored pages), gathered and labelled in issue 10: their texts,
        as the search sessions saved them, in --fr-pages (batch-*.jsonl, git-ignored); what is committed is
        samples/corpus/fr-manifest.tsv (id, incident, split, SHA-256, outlet, url, the query that found it) and
        samples/corpus/fr-incidents.jsonl (our gold for each incident). To rebuild the texts, run each manifest
        query in the search tool (corpus pages) and keep the result whose url matches; the SHA-256 says whether
        the text is the one labelled.

Held back: everything ../shared/held-back.md lists is skipped and counted (never read into the corpus); for the
French web reports, any text naming Mali, Burkina Faso or Niger, or a division or town of 15,000+ of theirs.
Split: an incident is in the test part when the last hex digit of SHA-256(incident id) is 0-3.

Pickles: GVA articles and incident frames are Python pickles. They are read with an unpickler that resolves
only a fixed list of names to inert stand-ins (datetime.date, and plain classes for the news item, pandas
frames and numpy arrays), so nothing in a file can run code. Standard library only.
"""
import argparse
import datetime
import hashlib
import io
import json
import os
import pickle
import re
import struct
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET

GVA_REPO = "cltl+LongTailQATask"
MUC_REPO = "xinyadu+grit_doc_event_entity"
ECB_REPO = "tommasoc80+EventStoryLine"
WIKI_REPO = "raspberryice+gen-arg"
WIKI_COMMIT = "16d8f908ecf6a9ff5d50042597ac6139157c3edb"
GVA_CORPUS = "EventRegistries/GunViolenceArchive/the_violent_corpus/"
GVA_FRAMES = "EventRegistries/GunViolenceArchive/frames/"
# ECB+ topics whose documents report a violent incident itself (shootings, killings), not trials or heists.
ECB_VIOLENCE_TOPICS = [18, 19, 32, 33]
MAX_TEXT = 200_000


# ---------------------------------------------------------------------------------------------- git access
def git_dir(mirror, name):
    d = os.path.join(mirror, name, "repo")
    if not os.path.isdir(d):
        sys.exit(f"build_corpus: no snapshot at {d}: bring it with the search tool's fetch (github:{name.replace('+', '/')})")
    return d


def git_ls(repo, rev, path):
    out = subprocess.run(["git", "-C", repo, "ls-tree", "-r", "--name-only", rev, path], check=True, capture_output=True)
    return out.stdout.decode("utf-8").splitlines()


def git_cat_batch(repo, rev, paths):
    """Contents of many blobs with one `git cat-file --batch` process: {path: bytes}."""
    p = subprocess.Popen(["git", "-C", repo, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    req = "".join(f"{rev}:{path}\n" for path in paths).encode("utf-8")
    out, _ = p.communicate(req)
    result, pos = {}, 0
    for path in paths:
        nl = out.index(b"\n", pos)
        header = out[pos:nl].decode("utf-8", "replace").split()
        pos = nl + 1
        if len(header) < 3 or header[1] != "blob":
            continue
        size = int(header[2])
        result[path] = out[pos:pos + size]
        pos += size + 1
    return result


# ------------------------------------------------------------------------------------------------ pickles
class Inert:
    """A stand-in for any allowed class: keeps its arguments and state, runs nothing."""
    def __init__(self, *args, **kwargs):
        self.args, self.state = args, None

    def __setstate__(self, state):
        self.state = state


class NewsItem(Inert): pass
class DataFrame(Inert): pass
class BlockManager(Inert): pass
class Dtype(Inert): pass


class Array(Inert):
    def values(self):
        _version, shape, dtype, _fortran, raw = self.state
        n = 1
        for s in shape:
            n *= s
        if isinstance(raw, list):
            flat = raw
        else:
            code = dtype.args[0]
            fmt = {"i8": "q", "f8": "d", "b1": "?", "i4": "i", "u1": "B"}.get(code)
            flat = list(struct.unpack("<%d%s" % (n, fmt), raw)) if fmt else [None] * n
        if len(shape) == 2:
            return [flat[r * shape[1]:(r + 1) * shape[1]] for r in range(shape[0])]
        return flat


def _reconstruct(cls, shape, typecode):
    return Array()


def _new_index(cls, d):
    return d["data"].values() if isinstance(d, dict) and isinstance(d.get("data"), Array) else []


ALLOWED = {
    ("datetime", "date"): datetime.date,
    ("datetime", "datetime"): datetime.datetime,
    ("builtins", "slice"): slice,
    ("classes", "NewsItem"): NewsItem,
    ("pandas.core.frame", "DataFrame"): DataFrame,
    ("pandas.core.internals", "BlockManager"): BlockManager,
    ("pandas.indexes.base", "_new_Index"): _new_index,
    ("pandas.indexes.base", "Index"): Inert,
    ("pandas.indexes.numeric", "Int64Index"): Inert,
    ("pandas.indexes.range", "RangeIndex"): Inert,
    ("numpy.core.multiarray", "_reconstruct"): _reconstruct,
    ("numpy", "ndarray"): Array,
    ("numpy", "dtype"): Dtype,
}


class StandInUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) in ALLOWED:
            return ALLOWED[(module, name)]
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed")


def unpickle(data):
    return StandInUnpickler(io.BytesIO(data)).load()


def frame_rows(frame):
    """A pickled pandas DataFrame (pandas 0.1x layout) as a list of {column: value} dicts."""
    mgr = frame.state["_data"]
    state = mgr.state
    axes = state[0]
    columns, index = axes[0], axes[1]
    blocks = state[3]["0.14.1"]["blocks"]
    cols = {}
    for b in blocks:
        vals = b["values"].values()
        loc = b["mgr_locs"]
        positions = range(loc.start, loc.stop, loc.step or 1) if isinstance(loc, slice) else loc
        for row_in_block, pos in enumerate(positions):
            cols[columns[pos]] = vals[row_in_block]
    return [{c: cols[c][i] for c in columns} for i in range(len(index))]


# ----------------------------------------------------------------------------------------------- helpers
def sha(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def split_of(incident):
    return "test" if sha(incident)[-1] in "0123" else "tune"


def held_back(shared):
    with open(os.path.join(shared, "held-back.md"), encoding="utf-8") as f:
        md = f.read()
    with open(os.path.join(shared, "held-back-muc-ids.txt"), encoding="utf-8") as f:
        muc = set(l.strip() for l in f if l.strip())
    gva_line = next(l for l in md.splitlines() if "Gun Violence Archive" in l)
    gva = set(re.findall(r"\b\d{5,7}\b", gva_line.split("|")[2]))
    ecb_line = next(l for l in md.splitlines() if l.startswith("| ECB+"))
    ecb = set(int(t) for t in re.findall(r"\d+", ecb_line.split("|")[2]))
    wiki_line = next(l for l in md.splitlines() if l.startswith("| WikiEvents"))
    wiki = re.findall(r"`([^`]+)`", wiki_line.split("|")[2])
    return {"gva": gva, "muc": muc, "ecb": ecb, "wiki": tuple(wiki)}


def clean(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return text.strip()


# -------------------------------------------------------------------------------------------------- GVA
def gva_date(value):
    """'December 31, 2015' (the frames' form) or a date → ISO; None if unreadable."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    try:
        return datetime.datetime.strptime(str(value).strip(), "%B %d, %Y").date().isoformat()
    except ValueError:
        return None


def gva(mirror, hb, counts):
    repo = git_dir(mirror, GVA_REPO)
    paths = [p for p in git_ls(repo, "HEAD", GVA_CORPUS) if p.endswith(".json")]
    frames = [p for p in git_ls(repo, "HEAD", GVA_FRAMES) if "." not in os.path.basename(p) and not p.endswith("all")
              and not os.path.basename(p).startswith("Icon")]
    records = {}
    for path, data in git_cat_batch(repo, "HEAD", frames).items():
        try:
            rows = frame_rows(unpickle(data))
        except Exception as e:  # a frame we cannot read is reported, not fatal
            print(f"build_corpus: {path}: {e}", file=sys.stderr)
            continue
        for r in rows:
            iid = str(r.get("incident_uri") or "").strip()
            if iid and iid not in records:
                records[iid] = r
    latlong = json.loads(git_cat_batch(repo, "HEAD", [GVA_FRAMES + "all.lat_long.json"])[GVA_FRAMES + "all.lat_long.json"])
    reports, incidents = [], {}
    blobs = git_cat_batch(repo, "HEAD", paths)
    for path in sorted(paths):
        parts = path[len(GVA_CORPUS):].split("/")
        iid, doc = parts[0], parts[1][:-5]
        if iid in hb["gva"]:
            counts["gva held back"] = counts.get("gva held back", 0) + 1
            continue
        try:
            item = unpickle(blobs[path])
            st = item.state
        except Exception as e:
            print(f"build_corpus: {path}: not read: {e}", file=sys.stderr)
            counts["gva unreadable"] = counts.get("gva unreadable", 0) + 1
            continue
        text = clean(st.get("content") or "")
        if not text or len(text) > MAX_TEXT:
            counts["gva empty or too long"] = counts.get("gva empty or too long", 0) + 1
            continue
        dct = st.get("dct")
        reports.append({"id": f"gva/{iid}/{doc}", "source": "gva", "incident": f"gva/{iid}", "split": split_of(iid),
                        "group": f"gva/{iid}", "title": clean(st.get("title") or ""),
                        "published": dct.isoformat() if isinstance(dct, datetime.date) else None,
                        "url": st.get("uri"), "text": text})
        if f"gva/{iid}" not in incidents:
            r = records.get(iid)
            ll = latlong.get(iid)
            incidents[f"gva/{iid}"] = {
                "id": f"gva/{iid}", "source": "gva", "split": split_of(iid),
                "date": gva_date(r.get("date")) if r else None,
                "country": "United States", "countryCode": "US",
                "admin1": r.get("state") if r else None, "place": r.get("city_or_county") if r else None,
                "address": r.get("address") if r else None,
                "killed": int(r["num_killed"]) if r and r.get("num_killed") is not None else None,
                "injured": int(r["num_injured"]) if r and r.get("num_injured") is not None else None,
                "lat": ll[0] if ll else None, "lon": ll[1] if ll else None,
                "perpetrator": None}
    return reports, incidents


# -------------------------------------------------------------------------------------------------- MUC
MUC_HEADER = re.compile(r"^((?:DEV|TST\d)-MUC\d-\d{4})(?:[ \t]*\([^)\n]*\))?[ \t]*$", re.M)
MONTHS = {m: i + 1 for i, m in enumerate(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"])}


def muc_date(s):
    """'30 DEC 89' → 1989-12-30; '- 08 JAN 90' (before) and ranges give the last day named; None if none."""
    found = re.findall(r"(\d{1,2}) ([A-Z]{3}) (\d{2})", s or "")
    if not found:
        return None
    d, m, y = found[-1]
    try:
        return datetime.date(1900 + int(y), MONTHS[m], int(d)).isoformat()
    except (KeyError, ValueError):
        return None


def muc_templates(key_text):
    """Answer-key templates: {message id: [ {slot: value} ]}."""
    out = {}
    for block in re.split(r"\n\s*\n(?=\s*(?:;;;[^\n]*\n)*\s*0\.\s+MESSAGE: ID)", key_text):
        slots, last = {}, None
        for line in block.splitlines():
            if line.startswith(";;;"):
                continue
            m = re.match(r"^\s*(\d+)\.\s+([A-Z ]+:[A-Z ]+?)\s{2,}(.*)$", line)
            if m:
                last = m.group(2).strip()
                slots[last] = m.group(3).strip()
            elif last and line.strip():
                slots[last] += " / " + line.strip()
        mid = slots.get("MESSAGE: ID", "").split(" ")[0]
        if mid:
            out.setdefault(mid, []).append(slots)
    return out


def muc(mirror, hb, counts):
    repo = git_dir(mirror, MUC_REPO)
    data = git_cat_batch(repo, "HEAD", ["data/muc/raw_files/muc34.tar.gz"])["data/muc/raw_files/muc34.tar.gz"]
    texts, keys = {}, {}
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        for member in tar.getmembers():
            name = member.name
            base = os.path.basename(name)
            if not member.isfile() or base.startswith("._") or "/CORPORA/" not in name:
                continue
            body = tar.extractfile(member).read().decode("latin-1")
            if base.startswith("key-"):
                keys.update(muc_templates(body))
            elif base.endswith("mixed-case"):
                continue  # tst4's original case: the upper-case copy is the one MUC-4 used
            elif re.match(r"(dev|tst\d)-muc\d", base):
                heads = list(MUC_HEADER.finditer(body))
                for i, h in enumerate(heads):
                    end = heads[i + 1].start() if i + 1 < len(heads) else len(body)
                    texts[h.group(1)] = body[h.end():end]
    reports, incidents = [], {}
    for mid in sorted(texts):
        if mid in hb["muc"]:
            counts["muc held back"] = counts.get("muc held back", 0) + 1
            continue
        text = clean(texts[mid])
        templates = [t for t in keys.get(mid, []) if t.get("MESSAGE: TEMPLATE", "*") != "*"]
        reports.append({"id": f"muc/{mid}", "source": "muc", "incident": f"muc/{mid}", "split": split_of(mid),
                        "group": f"muc/{mid}", "title": None, "published": None, "url": None, "text": text})
        incidents[f"muc/{mid}"] = {
            "id": f"muc/{mid}", "source": "muc", "split": split_of(mid),
            "templates": [{"date": muc_date(t.get("INCIDENT: DATE")), "dateText": t.get("INCIDENT: DATE"),
                           "location": t.get("INCIDENT: LOCATION"), "type": t.get("INCIDENT: TYPE"),
                           "perpetrator": t.get("PERP: ORGANIZATION ID"),
                           "perpetratorConfidence": t.get("PERP: ORGANIZATION CONFIDENCE"),
                           "humanTargets": t.get("HUM TGT: DESCRIPTION"),
                           "humanTargetEffect": t.get("HUM TGT: EFFECT OF INCIDENT"),
                           "optional": "OPTIONAL" in t.get("MESSAGE: TEMPLATE", "")} for t in templates]}
    return reports, incidents


# -------------------------------------------------------------------------------------------------- ECB+
def ecb(mirror, hb, counts):
    repo = git_dir(mirror, ECB_REPO)
    reports, incidents = [], {}
    for topic in ECB_VIOLENCE_TOPICS:
        if topic in hb["ecb"]:
            counts["ecb topics held back"] = counts.get("ecb topics held back", 0) + 1
            continue
        paths = [p for p in git_ls(repo, "HEAD", f"ECB+_LREC2014/ECB+/{topic}/") if p.endswith(".xml")]
        for path, data in sorted(git_cat_batch(repo, "HEAD", paths).items()):
            doc = os.path.basename(path)[:-4]
            sub = "ecbplus" if doc.endswith("ecbplus") else "ecb"
            root = ET.fromstring(data)
            sentences = {}
            for tok in root.iter("token"):
                sentences.setdefault(int(tok.get("sentence")), []).append(tok.text or "")
            # ECB+ is tokenised; sentences are kept one per line, tokens joined by spaces (the text as released).
            lines = [" ".join(toks) for _, toks in sorted(sentences.items())]
            if sub == "ecbplus" and lines and lines[0].startswith("http"):
                lines = lines[1:]  # the first "sentence" of an ECB+ document is its URL
            text = clean("\n".join(lines))
            incident = f"ecb/{topic}{sub}"
            reports.append({"id": f"ecb/{topic}/{doc}", "source": "ecb", "incident": incident, "split": split_of(f"{topic}{sub}"),
                            "group": incident, "title": None, "published": None, "url": None, "text": text})
            incidents.setdefault(incident, {"id": incident, "source": "ecb", "split": split_of(f"{topic}{sub}")})
    return reports, incidents


# ------------------------------------------------------------------------------------------- WikiEvents
def wiki(mirror, hb, counts):
    repo = git_dir(mirror, WIKI_REPO)
    reports, incidents = [], {}
    files = [f"data/wikievents/{s}.jsonl" for s in ("dev", "test")]
    for path, data in sorted(git_cat_batch(repo, WIKI_COMMIT, files).items()):
        for line in data.decode("utf-8").splitlines():
            d = json.loads(line)
            doc = d["doc_id"]
            if doc.startswith(hb["wiki"]):
                counts["wiki held back"] = counts.get("wiki held back", 0) + 1
                continue
            incident = f"wiki/{doc}"
            reports.append({"id": incident, "source": "wiki", "incident": incident, "split": split_of(doc),
                            "group": incident, "title": None, "published": None, "url": None, "text": clean(d["text"])})
            incidents[incident] = {"id": incident, "source": "wiki", "split": split_of(doc),
                                   "scenario": doc.startswith("scenario_")}
    return reports, incidents


# ----------------------------------------------------------------------------------- French web reports
def held_back_names(shared):
    """A pattern for texts about the held-back countries: their names, their people, their divisions and towns."""
    words = [r"Mali", r"mali(?:en|enne|ens|ennes)", r"Burkina(?:\s+Faso)?", r"burkinab[eè]s?", r"Niger", r"nig[ée]rien(?:ne)?s?"]
    gaz = os.path.join(shared, "gazetteer")
    names = set()
    with open(os.path.join(gaz, "geonames-admin1.json"), encoding="utf-8") as f:
        for row in json.load(f):
            if row["code"][:2] in ("ML", "BF", "NE"):
                names.add(row["name"])
    with open(os.path.join(gaz, "geonames-cities15000.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.split("\t")
            if c[8] in ("ML", "BF", "NE"):
                names.add(c[1])
                names.add(c[2])
    # Regions named by a compass point ("Nord", "Sud-Ouest", "Centre-Est") name half the francophone world's provinces.
    compass = re.compile(r"(?:Nord|Sud|Est|Ouest|Centre)(?:-(?:Nord|Sud|Est|Ouest))?")
    names = sorted(n for n in names if len(n) >= 4 and not compass.fullmatch(n) and n != "Cascades")
    return re.compile(r"\b(?:" + "|".join(words + [re.escape(n) for n in names]) + r")\b")


def frweb(pages, shared, counts):
    reports, incidents = [], {}
    if not pages or not os.path.isdir(pages):
        counts["frweb: no pages folder (--fr-pages)"] = 1
        return reports, incidents
    project = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(project, "samples", "corpus", "fr-incidents.jsonl"), encoding="utf-8") as f:
        gold = {d["id"]: d for d in (json.loads(l) for l in f if l.strip())}
    held = held_back_names(shared)
    for name in sorted(os.listdir(pages)):
        if not re.fullmatch(r"batch-[a-z0-9]+\.jsonl", name):
            continue
        with open(os.path.join(pages, name), encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                d = json.loads(line)
                if held.search(d["text"]):
                    counts["frweb held back (names Mali, Burkina Faso or Niger or a place there)"] = \
                        counts.get("frweb held back (names Mali, Burkina Faso or Niger or a place there)", 0) + 1
                    continue
                incident = d["incident"]
                split = split_of(incident)
                reports.append({"id": d["id"], "source": "frweb", "incident": incident, "split": split, "group": incident,
                                "title": None, "published": d.get("published"), "url": d["url"], "text": d["text"],
                                "outlet": d.get("outlet"), "query": d.get("query")})
                g = dict(gold.get(incident, {"id": incident}))
                g.update({"source": "frweb", "split": split})
                g.pop("event", None)
                incidents[incident] = g
    return reports, incidents


# -------------------------------------------------------------------------------------------------- main
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    project = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirror", default="/work/.mirror")
    ap.add_argument("--shared", default=os.path.join(project, "..", "shared"))
    ap.add_argument("--out", default=os.path.join(project, "corpus"))
    ap.add_argument("--manifest", default=os.path.join(project, "samples", "corpus", "manifest.tsv"))
    ap.add_argument("--write-manifest", action="store_true", help="write the manifest instead of checking against it")
    ap.add_argument("--fr-pages", default=os.path.join(project, "corpus", "fr-pages"),
                    help="the French web reports as the search sessions saved them")
    ap.add_argument("--fr-manifest", default=os.path.join(project, "samples", "corpus", "fr-manifest.tsv"))
    args = ap.parse_args()

    hb = held_back(args.shared)
    counts = {}
    reports, incidents = [], {}
    for build in (gva, muc, ecb, wiki):
        r, i = build(args.mirror, hb, counts)
        reports += r
        incidents.update(i)
    fr_reports, fr_incidents = frweb(args.fr_pages, args.shared, counts)
    incidents.update(fr_incidents)
    fr_manifest(args, fr_reports)
    for r in fr_reports:
        reports.append({k: v for k, v in r.items() if k not in ("outlet", "query")})
    reports.sort(key=lambda r: r["id"])

    manifest_rows = [(r["id"], r["source"], r["incident"], r["split"], sha(r["text"])) for r in reports if r["source"] != "frweb"]
    if args.write_manifest:
        os.makedirs(os.path.dirname(args.manifest), exist_ok=True)
        with open(args.manifest, "w", encoding="utf-8") as f:
            f.write("id\tsource\tincident\tsplit\tsha256\n")
            for row in manifest_rows:
                f.write("\t".join(row) + "\n")
    elif os.path.exists(args.manifest):
        known = {}
        with open(args.manifest, encoding="utf-8") as f:
            next(f)
            for line in f:
                rid, _s, _i, _sp, h = line.rstrip("\n").split("\t")
                known[rid] = h
        changed = [r for r, *_rest, h in manifest_rows if known.get(r) not in (None, h)]
        missing = sorted(set(known) - {r[0] for r in manifest_rows})
        new = [r for r, *_ in manifest_rows if r not in known]
        if changed or missing or new:
            print(f"build_corpus: differs from {args.manifest}: {len(changed)} changed, {len(missing)} missing, {len(new)} new "
                  f"(e.g. {(changed + missing + new)[:3]})", file=sys.stderr)

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "reports.jsonl"), "w", encoding="utf-8") as f:
        for r in reports:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(args.out, "incidents.jsonl"), "w", encoding="utf-8") as f:
        for k in sorted(incidents):
            f.write(json.dumps(incidents[k], ensure_ascii=False, sort_keys=True) + "\n")

    by = {}
    for r in reports:
        by.setdefault((r["source"], r["split"]), []).append(r)
    print(f"build_corpus: {len(reports)} reports, {len(incidents)} incidents into {args.out}")
    for (s, sp), rs in sorted(by.items()):
        print(f"  {s:5} {sp:5} {len(rs):5} reports  {len({r['incident'] for r in rs}):5} incidents")
    for k, v in sorted(counts.items()):
        print(f"  skipped: {k}: {v}")


def fr_manifest(args, fr_reports):
    """Writes or checks the French manifest: what rebuilds the French texts (the query, the url) and checks them."""
    rows = sorted((r["id"], r["incident"], r["split"], sha(r["text"]), r["outlet"] or "", r["url"], r["query"] or "") for r in fr_reports)
    if args.write_manifest:
        with open(args.fr_manifest, "w", encoding="utf-8") as f:
            f.write("id\tincident\tsplit\tsha256\toutlet\turl\tquery\n")
            for row in rows:
                f.write("\t".join(c.replace("\t", " ").replace("\n", " ") for c in row) + "\n")
    elif os.path.exists(args.fr_manifest) and fr_reports:
        with open(args.fr_manifest, encoding="utf-8") as f:
            next(f)
            known = {l.split("\t")[0]: l.split("\t")[3] for l in f if l.strip()}
        differ = [r[0] for r in rows if known.get(r[0]) not in (None, r[3])]
        new = [r[0] for r in rows if r[0] not in known]
        missing = sorted(set(known) - {r[0] for r in rows})
        if differ or new or missing:
            print(f"build_corpus: French pages differ from {args.fr_manifest}: {len(differ)} changed, {len(missing)} missing, "
                  f"{len(new)} new (e.g. {(differ + missing + new)[:3]})", file=sys.stderr)


if __name__ == "__main__":
    main()
