# expect: wrong_answer
# A LEFT JOIN keeps the authors without books, but their NULL title ends up
# in the list: [None] instead of [].
import sqlite3


def authors_with_books(conn: sqlite3.Connection) -> list:
    result = []
    rows = conn.execute(
        """SELECT a.id, a.name, b.title
           FROM authors AS a LEFT JOIN books AS b ON b.author_id = a.id
           ORDER BY a.name, a.id, b.year IS NULL, b.year, b.title"""
    )
    for author_id, name, title in rows:
        if not result or result[-1][0] != author_id:
            result.append((author_id, name, []))
        result[-1][2].append(title)
    return result
