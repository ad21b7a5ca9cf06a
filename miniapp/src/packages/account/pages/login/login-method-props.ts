/** What every platform's login method gets from the login page. */
export interface LoginMethodProps {
  onLoggedIn: () => void;
}
