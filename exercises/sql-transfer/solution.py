import sqlite3


def transfer(conn: sqlite3.Connection, from_id: int, to_id: int, amount: int) -> int:
    """Move amount from one account to another and log it, atomically.

    Returns the id of the new row of `transfers`.
    """
    if amount <= 0:
        raise ValueError(f"the amount must be positive, not {amount}")
    if from_id == to_id:
        raise ValueError("cannot transfer from an account to itself")
    with conn:  # one transaction: committed on success, rolled back on any exception
        found = conn.execute(
            "SELECT COUNT(*) FROM accounts WHERE id IN (?, ?)", (from_id, to_id)
        ).fetchone()[0]
        if found != 2:
            missing = from_id if conn.execute(
                "SELECT 1 FROM accounts WHERE id = ?", (from_id,)
            ).fetchone() is None else to_id
            raise KeyError(missing)
        # The CHECK (balance >= 0) constraint raises sqlite3.IntegrityError here
        # when the balance is too low; `with` rolls back and lets it propagate.
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
