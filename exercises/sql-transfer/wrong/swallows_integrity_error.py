# expect: wrong_answer
# Rolls back properly, but turns the IntegrityError into a quiet return of
# None, so the caller never learns that the transfer failed.
import sqlite3


def transfer(conn: sqlite3.Connection, from_id: int, to_id: int, amount: int) -> int:
    if amount <= 0:
        raise ValueError("the amount must be positive")
    if from_id == to_id:
        raise ValueError("cannot transfer to the same account")
    for account in (from_id, to_id):
        if conn.execute("SELECT 1 FROM accounts WHERE id = ?", (account,)).fetchone() is None:
            raise KeyError(account)
    try:
        with conn:
            conn.execute("UPDATE accounts SET balance = balance - ? WHERE id = ?", (amount, from_id))
            conn.execute("UPDATE accounts SET balance = balance + ? WHERE id = ?", (amount, to_id))
            cursor = conn.execute(
                "INSERT INTO transfers (from_id, to_id, amount) VALUES (?, ?, ?)",
                (from_id, to_id, amount),
            )
    except sqlite3.IntegrityError:
        return None
    return cursor.lastrowid
