# expect: wrong_answer
# Atomic, but debits before it looks the receiving account up: a transfer to
# an unknown account from a poor one raises IntegrityError, not KeyError.
import sqlite3


def transfer(conn: sqlite3.Connection, from_id: int, to_id: int, amount: int) -> int:
    if amount <= 0:
        raise ValueError("the amount must be positive")
    if from_id == to_id:
        raise ValueError("cannot transfer to the same account")
    with conn:
        if conn.execute(
            "UPDATE accounts SET balance = balance - ? WHERE id = ?", (amount, from_id)
        ).rowcount == 0:
            raise KeyError(from_id)
        if conn.execute(
            "UPDATE accounts SET balance = balance + ? WHERE id = ?", (amount, to_id)
        ).rowcount == 0:
            raise KeyError(to_id)
        cursor = conn.execute(
            "INSERT INTO transfers (from_id, to_id, amount) VALUES (?, ?, ?)",
            (from_id, to_id, amount),
        )
    return cursor.lastrowid
