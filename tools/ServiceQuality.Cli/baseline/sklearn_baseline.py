"""The standard short-text baseline that `compare` measures the project's pipeline against:
TF-IDF over character 1-3-grams within word boundaries, sublinear term frequency, and a linear SVM.

    /usr/bin/python3 sklearn_baseline.py --train train.csv --test test.csv [--text-column text] [--label-column label]

Prints one JSON object: training seconds (featurisation + fit, wall clock), single-text predictions
per second, and the predicted label of every test row so the caller scores both sides identically.
"""
import argparse
import csv
import json
import sys
import time

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import f1_score
from sklearn.pipeline import make_pipeline
from sklearn.svm import LinearSVC


def read(path, text_column, label_column):
    # Same rules as the project's reader: optional BOM, '#' comment lines before the header.
    with open(path, encoding="utf-8-sig", newline="") as f:
        lines = iter(f)
        header_line = next(line for line in lines if line.strip() and not line.startswith("#"))
        header = [name.strip().lower() for name in next(csv.reader([header_line]))]
        text_index, label_index = header.index(text_column.lower()), header.index(label_column.lower())
        texts, labels = [], []
        for row in csv.reader(lines):
            if not row or all(not field.strip() for field in row):
                continue
            texts.append(row[text_index])
            labels.append(row[label_index].strip())
        return texts, labels


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", required=True)
    parser.add_argument("--test", required=True)
    parser.add_argument("--text-column", default="text")
    parser.add_argument("--label-column", default="label")
    args = parser.parse_args()

    train_texts, train_labels = read(args.train, args.text_column, args.label_column)
    test_texts, test_labels = read(args.test, args.text_column, args.label_column)

    model = make_pipeline(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3), sublinear_tf=True),
        LinearSVC(),
    )
    start = time.perf_counter()
    model.fit(train_texts, train_labels)
    train_seconds = time.perf_counter() - start

    predicted = [str(label) for label in model.predict(test_texts)]

    # One text at a time, as a queue handler classifies comments.
    start = time.perf_counter()
    for text in test_texts:
        model.predict([text])
    predict_seconds = time.perf_counter() - start

    json.dump(
        {
            "trainSeconds": train_seconds,
            "predictionsPerSecond": len(test_texts) / predict_seconds if predict_seconds > 0 else 0.0,
            "macroF1": f1_score(test_labels, predicted, average="macro"),
            "predicted": predicted,
        },
        sys.stdout,
        ensure_ascii=False,
    )


if __name__ == "__main__":
    main()
