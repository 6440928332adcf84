# expect: wrong_answer
# Checks everything, but never rolls back: when the second UPDATE fails (or
# the receiving account is missing), the debit stays in the open transaction.
import sqlite3


def transfer(conn: sqlite3.Connection, from_id: int, to_id: int, amount: int) -> int:
    if amount <= 0:
        raise ValueError("the amount must be positive")
    if from_id == to_id:
        raise ValueError("cannot transfer to the same account")
    debit = conn.execute(
        "UPDATE accounts SET balance = balance - ? WHERE id = ?", (amount, from_id)
    )
    if debit.rowcount == 0:
        raise KeyError(from_id)
    credit = conn.execute(
        "UPDATE accounts SET balance = balance + ? WHERE id = ?", (amount, to_id)
    )
    if credit.rowcount == 0:
        raise KeyError(to_id)
    cursor = conn.execute(
        "INSERT INTO transfers (from_id, to_id, amount) VALUES (?, ?, ?)",
        (from_id, to_id, amount),
    )
    conn.commit()
    return cursor.lastrowid
