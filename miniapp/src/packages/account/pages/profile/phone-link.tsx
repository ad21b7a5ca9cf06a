// Outside WeChat the phone number comes from the SMS login: nothing to link here.
export function PhoneLink() {
  return null;
}
