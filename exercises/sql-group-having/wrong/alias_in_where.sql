-- expect: runtime_error
-- Filters on the aggregate's alias in WHERE: SQLite refuses it
-- ("misuse of aggregate").
SELECT region, COUNT(*) AS sales, SUM(amount) AS total
FROM sales
WHERE sold_on >= :since
  AND region IS NOT NULL
  AND total >= :min_total
GROUP BY region
ORDER BY total DESC, region;
