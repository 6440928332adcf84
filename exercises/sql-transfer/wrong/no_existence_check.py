# expect: wrong_answer
# A transaction, but an UPDATE of an unknown id changes 0 rows without any
# error: money leaves one account and arrives nowhere.
import sqlite3


def transfer(conn: sqlite3.Connection, from_id: int, to_id: int, amount: int) -> int:
    if amount <= 0:
        raise ValueError("the amount must be positive")
    if from_id == to_id:
        raise ValueError("cannot transfer to the same account")
    with conn:
        conn.execute(
            "UPDATE accounts SET balance = balance - ? WHERE id = ?", (amount, from_id)
        )
        conn.execute(
            "UPDATE accounts SET balance = balance + ? WHERE id = ?", (amount, to_id)
        )
        cursor = conn.execute(
            "INSERT INTO transfers (from_id, to_id, amount) VALUES (?, ?, ?)",
            (from_id, to_id, amount),
        )
    return cursor.lastrowid
