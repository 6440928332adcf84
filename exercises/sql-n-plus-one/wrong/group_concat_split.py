# expect: wrong_answer
# One query with GROUP_CONCAT, split on commas: a title with a comma in it
# falls apart.
import sqlite3


def authors_with_books(conn: sqlite3.Connection) -> list:
    rows = conn.execute(
        """SELECT a.id, a.name, GROUP_CONCAT(b.title, ',')
           FROM authors AS a
           LEFT JOIN (SELECT * FROM books ORDER BY year IS NULL, year, title) AS b
                  ON b.author_id = a.id
           GROUP BY a.id
           ORDER BY a.name, a.id"""
    )
    return [
        (author_id, name, titles.split(",") if titles is not None else [])
        for author_id, name, titles in rows
    ]
