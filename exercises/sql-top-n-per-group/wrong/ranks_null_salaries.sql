-- expect: wrong_answer
-- Forgets the NULL salaries: they sort last and are returned in departments
-- that have fewer than :n disclosed salaries.
WITH ranked AS (
    SELECT id, name, department, salary,
           RANK() OVER (PARTITION BY department ORDER BY salary DESC) AS salary_rank
    FROM employees
)
SELECT department, id, name, salary, salary_rank
FROM ranked
WHERE salary_rank <= :n
ORDER BY department, salary_rank, id;
