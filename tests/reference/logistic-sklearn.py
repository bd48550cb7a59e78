"""Ridge logistic reference: scikit-learn LogisticRegression(C = 1/l2, solver="newton-cg") on mtcars (am ~ hp + wt).
The data are read from glm-mtcars.json, which R wrote."""
import json
import warnings
from sklearn.linear_model import LogisticRegression

# newton-cg at a tolerance this tight reports line-search warnings once it has converged.
warnings.filterwarnings("ignore")
ref = json.load(open("glm-mtcars.json"))
out = {"fits": []}
for l2 in (0.1, 1.0, 10.0):
    m = LogisticRegression(C=1 / l2, solver="newton-cg", tol=1e-14, max_iter=100000).fit(ref["X"], ref["y"])
    out["fits"].append({"l2": l2, "intercept": float(m.intercept_[0]), "coefficients": m.coef_[0].tolist()})
with open("logistic-sklearn.json", "w") as f:
    json.dump(out, f)
