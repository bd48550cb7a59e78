"""Silhouette reference: scikit-learn silhouette_samples / silhouette_score (Euclidean).

Iris (the same points as kmeans-iris.json) under its species labels and under KMeans(n_init=10,
random_state=0) labels for k = 2..8 (the labels are written out, so the test checks the
silhouette alone, never our k-means); plus a small set with a one-point cluster (scores 0).
"""
import json
from sklearn.datasets import load_iris
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_samples, silhouette_score

iris = load_iris()
X = iris.data
out = {
    "species": {
        "labels": iris.target.tolist(),
        "samples": silhouette_samples(X, iris.target).tolist(),
        "score": float(silhouette_score(X, iris.target)),
    },
    "kmeans": [],
}
for k in range(2, 9):
    labels = KMeans(n_clusters=k, n_init=10, random_state=0).fit(X).labels_
    out["kmeans"].append({"k": k, "labels": labels.tolist(), "score": float(silhouette_score(X, labels))})
small = [[0, 0], [0, 1], [1, 0], [5, 5], [5, 6], [10, 10]]
small_labels = [0, 0, 0, 1, 1, 2]
out["singleton"] = {
    "points": small,
    "labels": small_labels,
    "samples": silhouette_samples(small, small_labels).tolist(),
}
with open("silhouette-iris.json", "w") as f:
    json.dump(out, f)
