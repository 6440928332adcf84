-- expect: wrong_answer
-- Forgets the NULL emails: GROUP BY makes one group of them, reported as a
-- duplicated NULL email.
-- query: duplicate_emails
SELECT lower(trim(email)) AS email, COUNT(*) AS people
FROM people
GROUP BY lower(trim(email))
HAVING COUNT(*) > 1
ORDER BY people DESC, email;

-- query: ids_to_delete
SELECT id
FROM (
    SELECT id,
           ROW_NUMBER() OVER (PARTITION BY lower(trim(email)) ORDER BY id) AS position
    FROM people
    WHERE email IS NOT NULL
)
WHERE position > 1
ORDER BY id;
