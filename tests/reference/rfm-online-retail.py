"""RFM reference computed by pandas on a slice of ../shared/data/online_retail.csv.gz.

Slice: lines with a CustomerID and Country in (Germany, France); cancellations (InvoiceNo 'C…')
kept. amount = Quantity * UnitPrice; asOf = 2011-12-10. Quintiles are
qcut(rank(method="first"), 5, labels=1..5) over customers sorted by CustomerID as text;
recency is ranked on its negative so the most recent customers score 5.
Only the results are stored (the data stay in shared/data); the TS test re-reads the same slice.
"""
import json
import os

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..", "..", "..", "shared", "data", "online_retail.csv.gz")
COUNTRIES = ["Germany", "France"]
AS_OF = "2011-12-10"

df = pd.read_csv(SRC, dtype={"InvoiceNo": str, "StockCode": str, "CustomerID": "Int64"})
df = df[df["CustomerID"].notna() & df["Country"].isin(COUNTRIES)].copy()
df["customerId"] = df["CustomerID"].astype(str)
df["amount"] = df["Quantity"] * df["UnitPrice"]
df["day"] = pd.to_datetime(df["InvoiceDate"].str.slice(0, 10))
g = df.groupby("customerId").agg(last=("day", "max"), frequency=("InvoiceNo", "nunique"), monetary=("amount", "sum"))
g = g.sort_index()
g["recencyDays"] = (pd.Timestamp(AS_OF) - g["last"]).dt.days
labels = [1, 2, 3, 4, 5]
g["r"] = pd.qcut((-g["recencyDays"]).rank(method="first"), 5, labels=labels).astype(int)
g["f"] = pd.qcut(g["frequency"].rank(method="first"), 5, labels=labels).astype(int)
g["m"] = pd.qcut(g["monetary"].rank(method="first"), 5, labels=labels).astype(int)
rows = [
    {"customerId": cid, "recencyDays": int(r.recencyDays), "frequency": int(r.frequency),
     "monetary": float(r.monetary), "r": int(r.r), "f": int(r.f), "m": int(r.m)}
    for cid, r in g.iterrows()
]
out = {"countries": COUNTRIES, "asOf": AS_OF, "lines": int(len(df)), "rows": rows}
with open(os.path.join(HERE, "rfm-online-retail.json"), "w") as f:
    json.dump(out, f)
print(f"{len(df)} lines, {len(rows)} customers")
