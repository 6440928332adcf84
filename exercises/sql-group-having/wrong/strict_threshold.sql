-- expect: wrong_answer
-- Uses > instead of >=: a total equal to the threshold is dropped.
SELECT region, COUNT(*) AS sales, SUM(amount) AS total
FROM sales
WHERE sold_on >= :since
  AND region IS NOT NULL
GROUP BY region
HAVING SUM(amount) > :min_total
ORDER BY total DESC, region;
