# expect: wrong_answer
# Groups the books by the author's name: two authors with the same name get
# each other's books.
import sqlite3


def authors_with_books(conn: sqlite3.Connection) -> list:
    authors = conn.execute("SELECT id, name FROM authors ORDER BY name, id").fetchall()
    titles_by_name = {name: [] for _, name in authors}
    rows = conn.execute(
        """SELECT a.name, b.title FROM books AS b JOIN authors AS a ON a.id = b.author_id
           ORDER BY b.year IS NULL, b.year, b.title"""
    )
    for name, title in rows:
        titles_by_name[name].append(title)
    return [(author_id, name, titles_by_name[name]) for author_id, name in authors]
