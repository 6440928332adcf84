# expect: wrong_answer
# The N+1 pattern: one query for the authors, then one more for each author.
import sqlite3


def authors_with_books(conn: sqlite3.Connection) -> list:
    result = []
    for author_id, name in conn.execute("SELECT id, name FROM authors ORDER BY name, id").fetchall():
        titles = [
            title
            for (title,) in conn.execute(
                "SELECT title FROM books WHERE author_id = ? ORDER BY year IS NULL, year, title",
                (author_id,),
            )
        ]
        result.append((author_id, name, titles))
    return result
