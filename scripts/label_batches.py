#!/usr/bin/env python3
"""
Picks the reports of the corpus to label and writes them in batches for labellers (texts only: no dataset
gold, no extractor output, so that nothing steers the reading), or merges labelled batches into
samples/corpus/labels.jsonl with each text's SHA-256.

    python3 scripts/label_batches.py pick  [--corpus corpus] [--plan gva:test:170,gva:tune:140,muc:test:120,muc:tune:90]
    python3 scripts/label_batches.py merge [--corpus corpus]

The pick is deterministic: incidents in order of SHA-256 of their id; incidents with two or more reports
first (they carry the cohesion and conflict figures), every report of a picked incident, until the count is
reached; MUC messages only where the answer key has a template (the message reports an incident). Reports
already labelled are never picked again.
"""
import argparse
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.dirname(HERE)
LABELS = os.path.join(PROJECT, "samples", "corpus", "labels.jsonl")
BATCH_SIZE_CHARS = 90_000


def sha(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def load(corpus):
    reports = [json.loads(l) for l in open(os.path.join(corpus, "reports.jsonl"), encoding="utf-8")]
    incidents = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(corpus, "incidents.jsonl"), encoding="utf-8")}
    return reports, incidents


def labelled():
    if not os.path.exists(LABELS):
        return {}
    return {json.loads(l)["id"]: json.loads(l) for l in open(LABELS, encoding="utf-8") if l.strip()}


def pick(args):
    reports, incidents = load(args.corpus)
    done = labelled()
    by_incident = {}
    for r in reports:
        by_incident.setdefault(r["incident"], []).append(r)
    out_dir = os.path.join(args.corpus, "label-batches")
    os.makedirs(out_dir, exist_ok=True)
    batch_no = len([f for f in os.listdir(out_dir) if f.startswith("batch-") and f.endswith(".jsonl") and ".labels" not in f])
    for item in args.plan.split(","):
        source, split, count = item.split(":")
        count = int(count)
        cands = [i for i, rs in by_incident.items() if rs[0]["source"] == source and rs[0]["split"] == split]
        if source == "muc":
            cands = [i for i in cands if incidents[i].get("templates")]
        if source == "gva":
            cands = [i for i in cands if incidents[i].get("date")]
        cands.sort(key=lambda i: (len(by_incident[i]) < 2, sha(i)))
        chosen = []
        for i in cands:
            rs = [r for r in by_incident[i] if r["id"] not in done]
            if not rs or len(chosen) >= count:
                continue
            chosen += sorted(rs, key=lambda r: r["id"])
        # batches of about BATCH_SIZE_CHARS of text, never cutting an incident
        batch, size = [], 0
        def flush():
            nonlocal batch, size, batch_no
            if not batch:
                return
            batch_no += 1
            path = os.path.join(out_dir, f"batch-{batch_no:02d}-{source}-{split}.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                for r in batch:
                    f.write(json.dumps({k: r[k] for k in ("id", "incident", "published", "title", "text")}, ensure_ascii=False) + "\n")
            print(f"{path}: {len(batch)} reports, {size} characters")
            batch, size = [], 0
        last_incident = None
        for r in chosen:
            if size > BATCH_SIZE_CHARS and r["incident"] != last_incident:
                flush()
            batch.append(r)
            size += len(r["text"])
            last_incident = r["incident"]
        flush()


def merge(args):
    reports, _ = load(args.corpus)
    texts = {r["id"]: r for r in reports}
    out = labelled()
    out_dir = os.path.join(args.corpus, "label-batches")
    bad = 0
    for f in sorted(os.listdir(out_dir)):
        if not f.endswith(".labels.jsonl"):
            continue
        for n, line in enumerate(open(os.path.join(out_dir, f), encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                lab = json.loads(line)
                r = texts[lab["id"]]
            except (ValueError, KeyError) as e:
                print(f"{f}:{n}: {e}", file=sys.stderr)
                bad += 1
                continue
            lab["sha256"] = sha(r["text"])
            lab["source"] = r["source"]
            lab["split"] = r["split"]
            out[lab["id"]] = lab
    with open(LABELS, "w", encoding="utf-8") as f:
        for k in sorted(out):
            f.write(json.dumps(out[k], ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{LABELS}: {len(out)} labels ({bad} bad lines)")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("verb", choices=["pick", "merge"])
    ap.add_argument("--corpus", default=os.path.join(PROJECT, "corpus"))
    ap.add_argument("--plan", default="gva:test:170,gva:tune:140,muc:test:120,muc:tune:90")
    args = ap.parse_args()
    pick(args) if args.verb == "pick" else merge(args)


if __name__ == "__main__":
    main()
