# Not an attack: an in-memory sqlite3 database must work (catalog exercises use it).
import sqlite3


def run():
    print("SENTINEL sqlite_memory", flush=True)
    db = sqlite3.connect(":memory:")
    db.execute("create table t (x integer)")
    db.executemany("insert into t values (?)", [(20,), (22,)])
    (total,) = db.execute("select sum(x) from t").fetchone()
    db.close()
    return total
