-- expect: wrong_answer
-- Applies the threshold in WHERE, to single sales, instead of to the totals.
SELECT region, COUNT(*) AS sales, SUM(amount) AS total
FROM sales
WHERE sold_on >= :since
  AND region IS NOT NULL
  AND amount >= :min_total
GROUP BY region
ORDER BY total DESC, region;
