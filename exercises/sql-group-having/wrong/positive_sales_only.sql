-- expect: wrong_answer
-- Leaves the refunds out of the totals and counts (amount > 0).
SELECT region, COUNT(*) AS sales, SUM(amount) AS total
FROM sales
WHERE sold_on >= :since
  AND region IS NOT NULL
  AND amount > 0
GROUP BY region
HAVING SUM(amount) >= :min_total
ORDER BY total DESC, region;
