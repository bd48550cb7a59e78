"""k-means reference: scikit-learn KMeans(n_init=50) on iris (k = 3 and k = 5)."""
import json
from sklearn.datasets import load_iris
from sklearn.cluster import KMeans

X = load_iris().data
out = {"points": X.tolist(), "runs": []}
for k in (3, 5):
    km = KMeans(n_clusters=k, n_init=50, random_state=0).fit(X)
    out["runs"].append({"k": k, "inertia": float(km.inertia_), "centroids": km.cluster_centers_.tolist()})
with open("kmeans-iris.json", "w") as f:
    json.dump(out, f)
