// Regenerates the expected values of src/test/resources/go-parse-cases.json.
//
// Usage: go run probe.go < inputs.txt > results.txt, where each input line is the hex encoding of
// one test string; each output line has ip=, cidr= and mac= results in the format described in
// the JSON file's _comment. ParseIP and ParseCIDR are written as current Go implements them (on
// net/netip), so that an older toolchain gives nearly the same answers. Go 1.19's netip, which
// produced the file, still accepts IPv6 groups of five digits ("00000") that current netip rejects
// ("each group must have 4 or less digits"); those cases were corrected by hand.
// Not part of the build: CI needs no Go toolchain.
package main

import (
	"net/netip"
	"bufio"
	"encoding/hex"
	"fmt"
	"net"
	"os"
	"strings"
)

const big = 0xFFFFFF

func dtoi(s string) (n int, i int, ok bool) {
	n = 0
	for i = 0; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		n = n*10 + int(s[i]-'0')
		if n >= big {
			return big, i, false
		}
	}
	if i == 0 {
		return 0, 0, false
	}
	return n, i, true
}

func modernParseIP(s string) net.IP {
	ip, err := netip.ParseAddr(s)
	if err != nil || ip.Zone() != "" {
		return nil
	}
	a := ip.As16()
	return net.IP(a[:])
}

func modernParseCIDR(s string) (net.IP, *net.IPNet, error) {
	addr, mask, found := strings.Cut(s, "/")
	if !found {
		return nil, nil, fmt.Errorf("no slash")
	}
	ipAddr, err := netip.ParseAddr(addr)
	if err != nil || ipAddr.Zone() != "" {
		return nil, nil, fmt.Errorf("bad")
	}
	n, i, ok := dtoi(mask)
	if !ok || i != len(mask) || n < 0 || n > ipAddr.BitLen() {
		return nil, nil, fmt.Errorf("bad")
	}
	m := net.CIDRMask(n, ipAddr.BitLen())
	addr16 := ipAddr.As16()
	return net.IP(addr16[:]), &net.IPNet{IP: net.IP(addr16[:]).Mask(m), Mask: m}, nil
}

func parseCIDROrIP(c string) (net.IP, *net.IPNet, error) {
	ip, n, err := modernParseCIDR(c)
	if err == nil {
		if ip4 := ip.To4(); ip4 != nil {
			ip = ip4
		}
		return ip, n, nil
	}
	var ip2 net.IP
	var err2 error
	if len(c) > 0 {
		ip2 = modernParseIP(c)
		if ip2 == nil {
			err2 = fmt.Errorf("bad")
		}
	}
	if err2 == nil {
		if ip4 := ip2.To4(); ip4 != nil {
			ip2 = ip4
			return ip2, &net.IPNet{IP: ip4, Mask: net.CIDRMask(32, 32)}, nil
		}
		return ip2, &net.IPNet{IP: ip2, Mask: net.CIDRMask(128, 128)}, nil
	}
	return nil, nil, err
}

func h(ip net.IP) string {
	if ip == nil {
		return "nil"
	}
	return hex.EncodeToString(ip.To16())
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	probes := []net.IP{net.ParseIP("1.2.3.4"), net.ParseIP("::1"), net.ParseIP("10.0.0.1"), nil}
	for sc.Scan() {
		line := sc.Text()
		raw, _ := hex.DecodeString(line)
		s := string(raw)
		var out []string
		ip := modernParseIP(s)
		if ip == nil {
			out = append(out, "ip=nil")
		} else {
			fam := 6
			if ip.To4() != nil {
				fam = 4
			}
			out = append(out, fmt.Sprintf("ip=%d:%s", fam, h(ip)))
		}
		a, n, err := parseCIDROrIP(s)
		if err != nil {
			out = append(out, "cidr=invalid")
		} else {
			ones, bits := n.Mask.Size()
			strict := n.IP.String() == a.String()
			v4 := n.IP.To4() != nil
			var cs []string
			ps := append([]net.IP{a}, probes...)
			if a != nil {
				flip := make(net.IP, len(a))
				copy(flip, a)
				flip[len(flip)-1] ^= 1
				ps = append(ps, flip)
				flip2 := make(net.IP, len(a))
				copy(flip2, a)
				flip2[0] ^= 0x80
				ps = append(ps, flip2)
			}
			for _, p := range ps {
				if n.Contains(p) {
					cs = append(cs, "1")
				} else {
					cs = append(cs, "0")
				}
			}
			out = append(out, fmt.Sprintf("cidr=%s/%d/%d strict=%v v4net=%v contains=%s", h(a), ones, bits, strict, v4, strings.Join(cs, "")))
		}
		if m, err := net.ParseMAC(s); err != nil {
			out = append(out, "mac=nil")
		} else {
			out = append(out, "mac="+hex.EncodeToString(m))
		}
		fmt.Println(strings.Join(out, " "))
	}
}
