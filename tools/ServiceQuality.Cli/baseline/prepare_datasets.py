"""Turns the public corpora used by `compare` into CSV files with a header `text,label`.

The corpora are fetched outside the repository (see docs/datasets.md); this script only converts
their formats, so every figure in the documentation can be reproduced from the same bytes.

    git -C <mirror of 649453932/Chinese-Text-Classification-Pytorch> show <commit>:THUCNews/data/dev.txt > dev.txt
    ... (see docs/datasets.md)
    python3 prepare_datasets.py thucnews dev.txt test.txt class.txt /work/datasets/thucnews
    python3 prepare_datasets.py agnews test.csv classes.txt /work/datasets/agnews
    python3 prepare_datasets.py banking77 train.csv test.csv /work/datasets/banking77
    python3 prepare_datasets.py cfpb complaints.csv /work/datasets/cfpb

Each corpus ends up as one `all.csv`, which `compare --data ... --seeds 5` splits per class five ways.
"""
import csv
import os
import sys


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["text", "label"])
        writer.writerows(rows)


def thucnews(train_txt, test_txt, classes_txt, out_dir):
    # Lines are "title<TAB>class index"; class.txt names the classes in index order.
    names = [line.strip() for line in open(classes_txt, encoding="utf-8") if line.strip()]

    def read(path):
        rows = []
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            if not line:
                continue
            text, index = line.rsplit("\t", 1)
            rows.append((text, names[int(index)]))
        return rows

    os.makedirs(out_dir, exist_ok=True)
    write(os.path.join(out_dir, "all.csv"), read(train_txt) + read(test_txt))


def agnews(source_csv, classes_txt, out_dir):
    # Columns are class index (1-based), title, description; "\n" inside a field is a literal backslash-n.
    names = [line.strip() for line in open(classes_txt, encoding="utf-8") if line.strip()]
    rows = []
    with open(source_csv, encoding="utf-8", newline="") as f:
        for index, title, description in csv.reader(f):
            text = (title + ". " + description).replace("\\n", " ").replace("\\", " ")
            rows.append((text, names[int(index) - 1]))
    os.makedirs(out_dir, exist_ok=True)
    write(os.path.join(out_dir, "all.csv"), rows)


def banking77(train_csv, test_csv, out_dir):
    # PolyAI's files: header "text,category", one short customer query per row, 77 intents.
    rows = []
    for path in (train_csv, test_csv):
        with open(path, encoding="utf-8", newline="") as f:
            rows += [(text, category) for text, category in list(csv.reader(f))[1:]]
    os.makedirs(out_dir, exist_ok=True)
    write(os.path.join(out_dir, "all.csv"), rows)


def cfpb(complaints_csv, out_dir):
    # A CFPB database export: keep the rows with a consumer narrative, labelled by product.
    # The file in the source repository is cut at 1 MiB, so a last row cut inside its quotes is dropped.
    with open(complaints_csv, encoding="utf-8", newline="") as f:
        records = list(csv.DictReader(f))
    rows = [(r["Consumer complaint narrative"].strip(), r["Product"].strip())
            for r in records
            if (r.get("Consumer complaint narrative") or "").strip() and r.get("Complaint ID")]
    os.makedirs(out_dir, exist_ok=True)
    write(os.path.join(out_dir, "all.csv"), rows)


if __name__ == "__main__":
    kind, *args = sys.argv[1:]
    {"thucnews": thucnews, "agnews": agnews, "banking77": banking77, "cfpb": cfpb}[kind](*args)
