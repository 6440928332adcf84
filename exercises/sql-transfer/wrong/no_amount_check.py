# expect: wrong_answer
# Never checks the amount or the accounts being the same: a negative amount
# moves money the other way, and paying oneself is logged.
import sqlite3


def transfer(conn: sqlite3.Connection, from_id: int, to_id: int, amount: int) -> int:
    with conn:
        for account in (from_id, to_id):
            if conn.execute("SELECT 1 FROM accounts WHERE id = ?", (account,)).fetchone() is None:
                raise KeyError(account)
        conn.execute("UPDATE accounts SET balance = balance - ? WHERE id = ?", (amount, from_id))
        conn.execute("UPDATE accounts SET balance = balance + ? WHERE id = ?", (amount, to_id))
        cursor = conn.execute(
            "INSERT INTO transfers (from_id, to_id, amount) VALUES (?, ?, ?)",
            (from_id, to_id, amount),
        )
    return cursor.lastrowid
