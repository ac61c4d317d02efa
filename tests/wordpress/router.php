<?php
// Router for PHP's built-in server in front of Debian's WordPress (tests only).
// It picks the per-instance config (/etc/wordpress/config-<name>.php) through
// WORDPRESS_CONFIG, serves uploads from the instance's own content folder and
// sends every other unknown path to index.php, as mod_rewrite would.
$_SERVER['WORDPRESS_CONFIG'] = getenv('TOASOAN_WP_CONFIG');
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$contentDir = getenv('TOASOAN_WP_CONTENT');
if (strpos($path, '/wp-content/uploads/') === 0) {
    $file = realpath($contentDir . substr($path, strlen('/wp-content')));
    if ($file !== false && strpos($file, realpath($contentDir)) === 0 && is_file($file)) {
        header('Content-Type: ' . (mime_content_type($file) ?: 'application/octet-stream'));
        readfile($file);
        return true;
    }
    http_response_code(404);
    return true;
}
$file = '/usr/share/wordpress' . $path;
if ($path !== '/' && is_file($file)) {
    if (substr($file, -4) === '.php') {
        $_SERVER['SCRIPT_NAME'] = $path;
        $_SERVER['SCRIPT_FILENAME'] = $file;
        require $file;
        return true;
    }
    return false; // static file: let the built-in server send it
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = '/usr/share/wordpress/index.php';
require '/usr/share/wordpress/index.php';
