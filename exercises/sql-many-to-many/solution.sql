-- query: complete_department
SELECT s.id, s.name
FROM students AS s
JOIN enrollments AS e ON e.student_id = s.id
JOIN courses AS c ON c.id = e.course_id
WHERE c.department = :department
GROUP BY s.id, s.name
HAVING COUNT(DISTINCT c.id) = (SELECT COUNT(*) FROM courses WHERE department = :department)
ORDER BY s.name, s.id;

-- query: empty_courses
SELECT c.id, c.title, c.department
FROM courses AS c
LEFT JOIN enrollments AS e ON e.course_id = c.id
WHERE e.id IS NULL
ORDER BY c.department, c.title, c.id;
