-- expect: time_limit_exceeded
-- Right answer, but the correlated subquery compares each person with every
-- person of a lower id: n^2 / 2 normalized comparisons.
-- query: duplicate_emails
SELECT lower(trim(email)) AS email, COUNT(*) AS people
FROM people
WHERE email IS NOT NULL
GROUP BY lower(trim(email))
HAVING COUNT(*) > 1
ORDER BY people DESC, email;

-- query: ids_to_delete
SELECT p.id
FROM people AS p
WHERE p.email IS NOT NULL
  AND EXISTS (SELECT 1 FROM people AS q
              WHERE lower(trim(q.email)) = lower(trim(p.email)) AND q.id < p.id)
ORDER BY p.id;
