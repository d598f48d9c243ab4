"""Speed and accuracy of the batched probe fit: 13 layers x 4 values of C on 5000 x 768 features, against fitting
the same heads one after another and against scikit-learn's LogisticRegression one layer and C at a time. Prints
figures; asserts nothing."""
import argparse

from benchmark.pipeline.perf import probes_benchmark

if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--epochs", type=int, default=30)
    a = ap.parse_args()
    probes_benchmark(epochs=a.epochs)
