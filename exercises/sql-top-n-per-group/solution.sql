WITH ranked AS (
    SELECT id, name, department, salary,
           RANK() OVER (PARTITION BY department ORDER BY salary DESC) AS salary_rank
    FROM employees
    WHERE salary IS NOT NULL
)
SELECT department, id, name, salary, salary_rank
FROM ranked
WHERE salary_rank <= :n
ORDER BY department, salary_rank, id;
