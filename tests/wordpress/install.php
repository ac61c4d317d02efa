<?php
// Installs a fresh WordPress site for the tests and prints JSON with an
// application password. Run with the per-instance environment set:
//   TOASOAN_WP_CONFIG, TOASOAN_WP_URL, TOASOAN_WP_CATEGORIES (JSON array)
$_SERVER['WORDPRESS_CONFIG'] = getenv('TOASOAN_WP_CONFIG');
$_SERVER['HTTP_HOST'] = parse_url(getenv('TOASOAN_WP_URL'), PHP_URL_HOST);
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = parse_url(getenv('TOASOAN_WP_URL'), PHP_URL_PORT);
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-config.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-includes/class-wp-application-passwords.php';

$adminPassword = wp_generate_password(20, false);
$installed = wp_install('Cổng TTĐT thử nghiệm', 'bbt', 'bbt@example.test', false, '', wp_slash($adminPassword));
$url = getenv('TOASOAN_WP_URL');
update_option('siteurl', $url);
update_option('home', $url);
update_option('permalink_structure', '');

function make_user($login, $role) {
    $id = wp_insert_user(['user_login' => $login, 'user_pass' => wp_generate_password(20, false), 'user_email' => $login . '@example.test', 'role' => $role]);
    if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
    [$password] = WP_Application_Passwords::create_new_application_password($id, ['name' => 'Tòa Soạn']);
    return $password;
}

// The admin's application password: full rights. A subscriber's: signed in but
// not allowed to write posts or upload media (for PORTAL_FORBIDDEN tests).
[$adminAppPassword] = WP_Application_Passwords::create_new_application_password($installed['user_id'], ['name' => 'Tòa Soạn']);
$subscriberAppPassword = make_user('doc-gia', 'subscriber');
$contributorAppPassword = make_user('cong-tac-vien', 'contributor');

$categories = json_decode(getenv('TOASOAN_WP_CATEGORIES') ?: '[]', true);
foreach ($categories as $name) {
    $term = wp_insert_term($name, 'category');
    if (is_wp_error($term)) { fwrite(STDERR, $term->get_error_message()); exit(1); }
}

echo json_encode([
    'adminUser' => 'bbt',
    'adminPassword' => $adminPassword,
    'appPassword' => $adminAppPassword,
    'subscriber' => ['user' => 'doc-gia', 'appPassword' => $subscriberAppPassword],
    'contributor' => ['user' => 'cong-tac-vien', 'appPassword' => $contributorAppPassword],
]);
