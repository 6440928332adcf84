# expect: wrong_answer
# Credits first and commits after every statement: when the debit then
# fails on the CHECK constraint, the credit is already committed.
import sqlite3


def transfer(conn: sqlite3.Connection, from_id: int, to_id: int, amount: int) -> int:
    if amount <= 0:
        raise ValueError("the amount must be positive")
    if from_id == to_id:
        raise ValueError("cannot transfer to the same account")
    for account in (from_id, to_id):
        if conn.execute("SELECT 1 FROM accounts WHERE id = ?", (account,)).fetchone() is None:
            raise KeyError(account)
    conn.execute("UPDATE accounts SET balance = balance + ? WHERE id = ?", (amount, to_id))
    conn.commit()
    try:
        conn.execute("UPDATE accounts SET balance = balance - ? WHERE id = ?", (amount, from_id))
    finally:
        conn.commit()
    cursor = conn.execute(
        "INSERT INTO transfers (from_id, to_id, amount) VALUES (?, ?, ?)",
        (from_id, to_id, amount),
    )
    conn.commit()
    return cursor.lastrowid
