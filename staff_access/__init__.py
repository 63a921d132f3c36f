"""How staff sign in to the admin: a second factor, login throttling, session limits.

Its own app because these rules guard every other app's admin screens and belong
to none of them. It builds on well-kept packages rather than its own cryptography:

- **django-otp** keeps each person's authenticator app (TOTP) and recovery codes
  (static tokens), and marks a session verified. This app adds the screens around
  it in the Wagtail admin: enrol from the account page, verify after the password,
  new recovery codes, and ``reset_two_step`` for an administrator.
- **django-axes** counts failed sign-ins per username and per address in the
  shared cache and locks both out for a while; ``unlock_sign_in`` lifts a lock.

Who must use a second factor: superusers and the groups in
``ADMIN_2FA_REQUIRED_GROUPS`` (Intake by default). Others may turn it on.
Every sign-in, failure, lockout and change of factor goes to the audit trail.
"""
