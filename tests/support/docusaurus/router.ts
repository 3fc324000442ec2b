export function useLocation() {
  return {pathname: '/articles/test-article', search: '', hash: ''};
}

export function useHistory() {
  return {push: () => undefined, replace: () => undefined};
}
