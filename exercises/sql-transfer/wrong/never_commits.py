# expect: wrong_answer
# Rolls back on errors, but never commits on success: the transfer stays in
# an open transaction, and the caller's next rollback undoes it.
import sqlite3


def transfer(conn: sqlite3.Connection, from_id: int, to_id: int, amount: int) -> int:
    if amount <= 0:
        raise ValueError("the amount must be positive")
    if from_id == to_id:
        raise ValueError("cannot transfer to the same account")
    try:
        for account in (from_id, to_id):
            if conn.execute("SELECT 1 FROM accounts WHERE id = ?", (account,)).fetchone() is None:
                raise KeyError(account)
        conn.execute("UPDATE accounts SET balance = balance - ? WHERE id = ?", (amount, from_id))
        conn.execute("UPDATE accounts SET balance = balance + ? WHERE id = ?", (amount, to_id))
        cursor = conn.execute(
            "INSERT INTO transfers (from_id, to_id, amount) VALUES (?, ?, ?)",
            (from_id, to_id, amount),
        )
    except Exception:
        conn.rollback()
        raise
    return cursor.lastrowid
