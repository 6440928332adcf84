-- expect: wrong_answer
-- Orders by total descending and then region descending too.
SELECT region, COUNT(*) AS sales, SUM(amount) AS total
FROM sales
WHERE sold_on >= :since
  AND region IS NOT NULL
GROUP BY region
HAVING SUM(amount) >= :min_total
ORDER BY total DESC, region DESC;
